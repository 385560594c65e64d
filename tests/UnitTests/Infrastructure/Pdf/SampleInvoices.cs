using Orders.Application.Invoices;

namespace Orders.UnitTests.Infrastructure.Pdf;

internal static class SampleInvoices
{
    public static readonly InvoiceParty Seller = new(
        "Orders Demo Shop Ltd.", "B-12345678", ["221B Baker Street", "London NW1 6XE", "United Kingdom"]);

    /// <summary>An English invoice whose lines are "Widget 001", "Widget 002", ... and whose total prints as
    /// "1,299.99 USD".</summary>
    public static InvoiceData English(int lineCount) => new(
        Seller,
        BuyerName: "Ada Lovelace",
        ShippingAddressLines: ["12 St James's Square", "London SW1Y 4JH", "United Kingdom"],
        InvoiceNumber: "FV-2026-00000001",
        OrderNumber: "2026-11-0001",
        InvoiceDate: new DateOnly(2026, 11, 23),
        OrderDate: new DateOnly(2026, 11, 20),
        Lines: [.. Enumerable.Range(1, lineCount).Select(i => new InvoiceLine($"Widget {i:000}", i, 1_99 * i, 1_99L * i * i))],
        Subtotal: 1_219_90,
        DiscountAmount: 10_00,
        DiscountCode: "SAVE10",
        Tax: 84_10,
        TaxRatePercent: 8m,
        ShippingCost: 4_99,
        ShippingMethod: "standard",
        Total: 1_299_99,
        Currency: "USD",
        PaymentMethod: "card",
        TransactionId: "txn_3PqR8sT",
        Language: "en");

    /// <summary>A Spanish invoice with accented names; its total prints as "1.299,99 EUR".</summary>
    public static InvoiceData Spanish() => English(0) with
    {
        Seller = new InvoiceParty("Tienda Ñandú S.L.", "B-87654321", ["Calle de Alcalá 1", "28014 Madrid", "España"]),
        BuyerName = "Señor Muñoz",
        ShippingAddressLines = ["Avenida de la Constitución 5", "41004 Sevilla", "España"],
        Lines =
        [
            new InvoiceLine("Cámara réflex", 1, 899_99, 899_99),
            new InvoiceLine("Teléfono móvil", 2, 199_00, 398_00),
            new InvoiceLine("Café molido é", 1, 2_00, 2_00),
        ],
        DiscountCode = null,
        TaxRatePercent = 21.5m,
        Currency = "EUR",
        PaymentMethod = "Transferencia bancaria",
        TransactionId = null,
        Language = "es",
    };
}
