using Orders.Application.CreditNotes;
using Orders.Application.Invoices;
using Orders.Infrastructure.Pdf;

namespace Orders.UnitTests.Infrastructure.Pdf;

public sealed class CreditNotePdfRendererTests
{
    private readonly InvoicePdfRenderer _renderer = new(new InvoiceOptions());

    private static CreditNoteData English() => new(
        SampleInvoices.Seller, "Ada Lovelace", ["12 St James's Square", "London SW1Y 4JH", "United Kingdom"],
        Number: "FR-2026-00000007", IssueDate: new DateOnly(2026, 12, 1), InvoiceNumber: "FV-2026-00000001",
        InvoiceDate: new DateOnly(2026, 11, 23), OrderNumber: "2026-11-0001", RefundId: "rf_ckorder_1",
        Lines: [new InvoiceLine("Widget 001", -2, 1_99, -3_98), new InvoiceLine("Łukasz's Ωmega 5 € box", -1, 10_00, -10_00)],
        Subtotal: -13_98, Discount: 1_40, DiscountCode: "SAVE10", Tax: -1_01, TaxRatePercent: 8m, Shipping: -4_99,
        ShippingMethod: "standard", Adjustment: -5_00, Total: -23_38, Reason: "Damaged in transit",
        Currency: "USD", PaymentMethod: "card", Language: "en");

    [Fact]
    public void Render_ShowsTheCorrectedInvoiceAndEveryAmountNegative_AndPassesQpdfCheck()
    {
        var pdf = _renderer.Render(English());

        PdfTools.Check(pdf);
        var text = PdfTools.Text(pdf);
        text.ShouldContain("Credit note");
        text.ShouldContain("FR-2026-00000007");
        text.ShouldContain("Corrects invoice");
        text.ShouldContain("FV-2026-00000001");
        text.ShouldContain("2026-11-23");
        text.ShouldContain("Łukasz's Ωmega 5 € box");
        text.ShouldMatch(@"Widget 001\s+-2\s+1\.99 USD\s+-3\.98 USD");
        text.ShouldContain("Discount (SAVE10)");
        text.ShouldContain("1.40 USD");
        text.ShouldMatch(@"Tax \(8%\)\s+-1\.01 USD");
        text.ShouldMatch(@"Shipping \(Standard\)\s+-4\.99 USD");
        text.ShouldMatch(@"Adjustment\s+-5\.00 USD");
        text.ShouldMatch(@"Total\s+-23\.38 USD");
        text.ShouldContain("Reason: Damaged in transit");
        text.ShouldNotContain("?");
    }

    [Fact]
    public void Render_SameCreditNote_SameBytes()
    {
        _renderer.Render(English()).ShouldBe(_renderer.Render(English()));
    }

    [Fact]
    public void Render_InSpanish_IsAFacturaRectificativa()
    {
        var text = PdfTools.Text(_renderer.Render(English() with { Language = "es", Currency = "EUR" }));

        text.ShouldContain("Factura rectificativa");
        text.ShouldContain("Rectifica la factura");
        text.ShouldContain("-23,38 EUR");
        text.ShouldContain("Motivo: Damaged in transit");
    }

    [Fact]
    public void Render_ALongReason_WrapsOverLinesAndPrintsEveryWord()
    {
        var words = Enumerable.Range(1, 70).Select(i => $"word{i:00}").ToList();

        var text = PdfTools.Text(_renderer.Render(English() with { Reason = string.Join(' ', words) }));

        foreach (var word in words) text.ShouldContain(word);
    }
}
