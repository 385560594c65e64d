using System.Globalization;
using System.Text.RegularExpressions;
using Orders.Application.Invoices;
using Orders.Infrastructure.Pdf;

namespace Orders.UnitTests.Infrastructure.Pdf;

public sealed class InvoicePdfRendererTests
{
    private readonly InvoicePdfRenderer _renderer = new(new InvoiceOptions());

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

    [Theory]
    [InlineData("en", "overnight", "cash_on_delivery", "Shipping (Overnight)", "Cash on delivery")]
    [InlineData("es", "overnight", "pse", "Envío (24 horas)", "PSE")]
    [InlineData("es", "pickup", "bank_transfer", "Envío (Recogida en tienda)", "Transferencia bancaria")]
    public void Render_NamesTheShippingAndPaymentMethodsInTheInvoicesLanguage(
        string language, string shipping, string payment, string shippingLabel, string paymentLabel)
    {
        var text = PdfTools.Text(_renderer.Render(SampleInvoices.English(1) with { Language = language, ShippingMethod = shipping, PaymentMethod = payment }));

        text.ShouldContain(shippingLabel);
        text.ShouldContain(paymentLabel);
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
        var second = new InvoicePdfRenderer(new InvoiceOptions()).Render(invoice with { Lines = [.. invoice.Lines] });

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
    public void Render_WhenNamesOutsideLatin1_PrintsEveryCharacterAsWrittenInAnEmbeddedSubset()
    {
        var invoice = SampleInvoices.English(1) with
        {
            BuyerName = "Łukasz Żółć",
            ShippingAddressLines = ["Őrség utca 12", "9941 Őriszentpéter", "Magyarország"],
            Lines = [new InvoiceLine("Ωmega watch, gift-wrapped for 5 €", 1, 1_00, 1_00)],
        };

        var pdf = _renderer.Render(invoice);

        PdfTools.Check(pdf);
        var text = PdfTools.Text(pdf);
        text.ShouldContain("Łukasz Żółć");
        text.ShouldContain("Őrség utca 12");
        text.ShouldContain("Ωmega watch");
        text.ShouldContain("5 €");
        text.ShouldContain("1,299.99 USD");
        var fonts = PdfTools.Fonts(pdf);
        fonts.ShouldMatch(@"[A-Z]{6}\+DejaVu Sans\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes");
        fonts.ShouldMatch(@"[A-Z]{6}\+DejaVu Sans,Bold\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes");
    }

    [Fact]
    public void Render_WhenCharacterMissingFromTheFont_PrintsQuestionMarkForEach()
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

        // poppler places words by the widths written in the file, so equal right edges (to the point; those widths are
        // rounded to 1/1000 em) mean PDFsharp's measuring agrees with the viewer's for regular and bold text.
        var rightEdges = Regex.Matches(boxes, @"<word xMin=""[\d.]+"" yMin=""[\d.]+"" xMax=""([\d.]+)"" yMax=""[\d.]+"">USD</word>")
            .Select(m => Math.Round(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)))
            .Where(x => x > 300)
            .ToList();
        rightEdges.Count.ShouldBe(3 + 3 + 5);
        rightEdges.Distinct().Count().ShouldBe(2, string.Join(", ", rightEdges));
        rightEdges.Max().ShouldBe(541);
    }

    [Fact]
    public void New_WhenFontDirectoryLacksDejaVu_ThrowsNamingThePackageAndTheSetting()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"orders-no-fonts-{Guid.NewGuid():N}");

        var error = Should.Throw<InvalidOperationException>(() => new InvoicePdfRenderer(new InvoiceOptions { FontDirectory = missing }));

        error.Message.ShouldContain("DejaVuSans.ttf and DejaVuSans-Bold.ttf");
        error.Message.ShouldContain(missing);
        error.Message.ShouldContain("fonts-dejavu-core");
        error.Message.ShouldContain("Invoice:FontDirectory");
    }

    [Fact]
    public void New_WhenAnotherDirectoryHoldsTheSameFonts_RendersTheSameBytes()
    {
        var copy = Directory.CreateTempSubdirectory("orders-fonts-").FullName;
        try
        {
            foreach (var file in new[] { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" })
                File.Copy(Path.Combine(new InvoiceOptions().FontDirectory, file), Path.Combine(copy, file));

            var renderer = new InvoicePdfRenderer(new InvoiceOptions { FontDirectory = copy });

            renderer.Render(SampleInvoices.Spanish()).ShouldBe(_renderer.Render(SampleInvoices.Spanish()));
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void New_WhenAnotherDirectoryHoldsDifferentFonts_Throws()
    {
        var other = Directory.CreateTempSubdirectory("orders-fonts-").FullName;
        try
        {
            // PDFsharp keeps one font resolver per process, so a second set of fonts could never take effect.
            var system = new InvoiceOptions().FontDirectory;
            File.Copy(Path.Combine(system, "DejaVuSansMono.ttf"), Path.Combine(other, "DejaVuSans.ttf"));
            File.Copy(Path.Combine(system, "DejaVuSans-Bold.ttf"), Path.Combine(other, "DejaVuSans-Bold.ttf"));

            Should.Throw<InvalidOperationException>(() => new InvoicePdfRenderer(new InvoiceOptions { FontDirectory = other }))
                .Message.ShouldContain("differ");
        }
        finally
        {
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void Render_WhenLanguageUnsupported_FallsBackToEnglishAsEmailsDo()
    {
        var text = PdfTools.Text(_renderer.Render(SampleInvoices.English(1) with { Language = "fr" }));

        text.ShouldContain("Invoice");
        text.ShouldContain("1,299.99 USD");
    }
}
