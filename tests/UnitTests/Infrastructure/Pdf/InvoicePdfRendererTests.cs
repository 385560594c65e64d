using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Application.Invoices;
using Orders.Infrastructure.Pdf;

namespace Orders.UnitTests.Infrastructure.Pdf;

public sealed class InvoicePdfRendererTests
{
    private readonly InvoicePdfRenderer _renderer = new();

    [Fact]
    public void Render_WhenOneLineOrder_PassesQpdfCheck()
    {
        var pdf = _renderer.Render(SampleInvoices.English(1));

        PdfTools.Check(pdf).ShouldContain("No syntax or stream encoding errors found");
        PdfTools.PageCount(pdf).ShouldBe(1);
    }

    [Fact]
    public void Render_WhenOneLineOrder_TextShowsNumbersProductAndTotals()
    {
        var text = PdfTools.Text(_renderer.Render(SampleInvoices.English(1)));

        text.ShouldContain("FV-2026-00000001");
        text.ShouldContain("2026-11-0001");
        text.ShouldContain("Widget 001");
        text.ShouldContain("1,299.99 USD");
        text.ShouldContain("Discount (SAVE10)");
        text.ShouldContain("-10.00 USD");
        text.ShouldContain("Tax (8%)");
        text.ShouldContain("txn_3PqR8sT");
        text.ShouldContain("Ada Lovelace");
        text.ShouldContain("Page 1 of 1");
    }

    [Fact]
    public void Render_When120Lines_FlowsOverSeveralValidPagesWithEveryLine()
    {
        var invoice = SampleInvoices.English(120);

        var pdf = _renderer.Render(invoice);

        PdfTools.Check(pdf);
        var pages = PdfTools.PageCount(pdf);
        pages.ShouldBeGreaterThan(1);
        var text = PdfTools.Text(pdf);
        text.ShouldContain("FV-2026-00000001");
        text.ShouldContain("1,299.99 USD");
        foreach (var line in invoice.Lines) text.ShouldContain(line.Description);
        var pageTexts = text.Split('\f', StringSplitOptions.RemoveEmptyEntries);
        pageTexts.Length.ShouldBe(pages);
        for (var page = 1; page <= pages; page++)
        {
            var pageText = pageTexts[page - 1];
            pageText.ShouldContain($"Page {page} of {pages}");
            if (pageText.Contains("Widget", StringComparison.Ordinal))
                pageText.ShouldMatch(@"Description\s+Quantity\s+Unit price\s+Amount");
        }
    }

    [Fact]
    public void Render_WhenSpanish_TextShowsAccentedNamesSpanishLabelsAndFormats()
    {
        var pdf = _renderer.Render(SampleInvoices.Spanish());

        PdfTools.Check(pdf);
        var text = PdfTools.Text(pdf);
        text.ShouldContain("Señor Muñoz");
        text.ShouldContain("Cámara réflex");
        text.ShouldContain("Teléfono móvil");
        text.ShouldContain("Café molido é");
        text.ShouldContain("Tienda Ñandú S.L.");
        text.ShouldContain("Factura");
        text.ShouldContain("Envío");
        text.ShouldContain("IVA (21,5%)");
        text.ShouldContain("1.299,99 EUR");
        text.ShouldContain("23/11/2026");
        text.ShouldContain("Página 1 de 1");
    }

    [Fact]
    public void Render_WhenSameInvoiceTwice_ReturnsIdenticalBytes()
    {
        var invoice = SampleInvoices.English(120);

        var first = _renderer.Render(invoice);
        var second = new InvoicePdfRenderer().Render(invoice with { Lines = [.. invoice.Lines] });

        second.ShouldBe(first);
    }

    [Fact]
    public void Render_Always_TakesTitleAndCreationDateFromTheInvoice()
    {
        var info = PdfTools.Info(_renderer.Render(SampleInvoices.Spanish()));

        info.ShouldContain("Factura FV-2026-00000001");
        info.ShouldContain("Tienda Ñandú S.L.");
        info.ShouldMatch(@"CreationDate:\s+2026-11-23T00:00:00");
        info.ShouldMatch(@"PDF version:\s+1\.7");
    }

    [Fact]
    public void Render_WhenTextOutsideWinAnsi_ReplacesEachCharacterWithQuestionMark()
    {
        var invoice = SampleInvoices.English(1) with { Lines = [new InvoiceLine("Tea set 日本 edition", 1, 1_00, 1_00)] };

        var pdf = _renderer.Render(invoice);

        PdfTools.Check(pdf);
        var text = PdfTools.Text(pdf);
        text.ShouldContain("Tea set ?? edition");
        text.ShouldNotContain("日本");
    }

    [Fact]
    public void Render_WhenTextHasPdfDelimiters_EscapesThemSoTheyPrint()
    {
        var invoice = SampleInvoices.English(1) with
        {
            Lines = [new InvoiceLine(@"Cable (2 m) \ adapter ) (", 1, 1_00, 1_00)],
        };

        var pdf = _renderer.Render(invoice);

        PdfTools.Check(pdf);
        PdfTools.Text(pdf).ShouldContain(@"Cable (2 m) \ adapter ) (");
    }

    [Fact]
    public void Render_WhenDescriptionTooLongForItsColumn_TruncatesItWithEllipsis()
    {
        var longName = "Professional stainless steel espresso machine with dual boiler, PID control and grinder";
        var invoice = SampleInvoices.English(1) with { Lines = [new InvoiceLine(longName, 1, 1_00, 1_00)] };

        var text = PdfTools.Text(_renderer.Render(invoice));

        text.ShouldNotContain(longName);
        text.ShouldMatch(@"Professional stainless steel espresso[\w ,]*\.\.\.");
    }

    [Fact]
    public void Render_WhenAmountsDifferInWidth_RightAlignsEachColumnOnOneEdge()
    {
        var invoice = SampleInvoices.English(1) with
        {
            Lines =
            [
                new InvoiceLine("Pin", 1, 1_00, 1_00),
                new InvoiceLine("Bike", 12, 1_299_99, 15_599_88),
                new InvoiceLine("Lamp", 7, 11_11, 77_77),
            ],
        };

        var boxes = PdfTools.WordBoxes(_renderer.Render(invoice));

        // poppler measures words with its own copy of the standard font metrics, so equal right edges mean our
        // widths tables agree with the viewer's for regular and bold text.
        var rightEdges = Regex.Matches(boxes, @"<word xMin=""[\d.]+"" yMin=""[\d.]+"" xMax=""([\d.]+)"" yMax=""[\d.]+"">USD</word>")
            .Select(m => Math.Round(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), 1))
            .Where(x => x > 300)
            .ToList();
        rightEdges.Count.ShouldBe(3 + 3 + 5);
        rightEdges.Distinct().Count().ShouldBe(2, string.Join(", ", rightEdges));
        rightEdges.Max().ShouldBe(541, 0.1);
    }

    [Fact]
    public void Render_WhenLanguageUnsupported_Throws()
    {
        var invoice = SampleInvoices.English(1) with { Language = "fr" };

        Should.Throw<ArgumentOutOfRangeException>(() => _renderer.Render(invoice));
    }
}
