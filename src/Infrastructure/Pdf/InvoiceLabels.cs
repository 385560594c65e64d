using System.Globalization;
using Orders.Infrastructure.Localization;

namespace Orders.Infrastructure.Pdf;

/// <summary>The words and number formats of an invoice or credit note in one language. Formats are spelled out here rather than
/// taken from a culture, so the output does not change with the server's culture or ICU version.</summary>
internal sealed class InvoiceLabels
{
    public static readonly InvoiceLabels English = new()
    {
        Invoice = "Invoice",
        CreditNote = "Credit note",
        CorrectedInvoice = "Corrects invoice",
        InvoiceDate = "Invoice date",
        Adjustment = "Adjustment",
        Reason = "Reason",
        Refund = "Refund",
        Order = "Order",
        Date = "Date",
        OrderDate = "Order date",
        BillTo = "Bill to",
        TaxId = "Tax ID",
        Description = "Description",
        Quantity = "Quantity",
        UnitPrice = "Unit price",
        Amount = "Amount",
        Subtotal = "Subtotal",
        Discount = "Discount",
        Tax = "Tax",
        Shipping = "Shipping",
        Total = "Total",
        Currency = "Currency",
        Payment = "Payment",
        Transaction = "Transaction",
        PageOf = "Page {0} of {1}",
        ShippingMethods = new Dictionary<string, string>
        {
            ["standard"] = "Standard", ["express"] = "Express", ["overnight"] = "Overnight", ["pickup"] = "Pickup in store",
        },
        PaymentMethods = new Dictionary<string, string>
        {
            ["card"] = "Card", ["credit_card"] = "Credit card", ["debit_card"] = "Debit card", ["pse"] = "PSE",
            ["bank_transfer"] = "Bank transfer", ["cash_on_delivery"] = "Cash on delivery",
        },
        DateFormat = "yyyy-MM-dd",
        Language = ShopLanguage.English,
    };

    public static readonly InvoiceLabels Spanish = new()
    {
        Invoice = "Factura",
        CreditNote = "Factura rectificativa",
        CorrectedInvoice = "Rectifica la factura",
        InvoiceDate = "Fecha de la factura",
        Adjustment = "Ajuste",
        Reason = "Motivo",
        Refund = "Reembolso",
        Order = "Pedido",
        Date = "Fecha",
        OrderDate = "Fecha del pedido",
        BillTo = "Facturar a",
        TaxId = "NIF",
        Description = "Descripción",
        Quantity = "Cantidad",
        UnitPrice = "Precio unitario",
        Amount = "Importe",
        Subtotal = "Subtotal",
        Discount = "Descuento",
        Tax = "IVA",
        Shipping = "Envío",
        Total = "Total",
        Currency = "Moneda",
        Payment = "Pago",
        Transaction = "Transacción",
        PageOf = "Página {0} de {1}",
        ShippingMethods = new Dictionary<string, string>
        {
            ["standard"] = "Estándar", ["express"] = "Urgente", ["overnight"] = "24 horas", ["pickup"] = "Recogida en tienda",
        },
        PaymentMethods = new Dictionary<string, string>
        {
            ["card"] = "Tarjeta", ["credit_card"] = "Tarjeta de crédito", ["debit_card"] = "Tarjeta de débito", ["pse"] = "PSE",
            ["bank_transfer"] = "Transferencia bancaria", ["cash_on_delivery"] = "Pago contra reembolso",
        },
        DateFormat = "dd/MM/yyyy",
        Language = ShopLanguage.Spanish,
    };

    public required string Invoice { get; init; }
    public required string CreditNote { get; init; }
    public required string CorrectedInvoice { get; init; }
    public required string InvoiceDate { get; init; }
    public required string Adjustment { get; init; }
    public required string Reason { get; init; }
    public required string Refund { get; init; }
    public required string Order { get; init; }
    public required string Date { get; init; }
    public required string OrderDate { get; init; }
    public required string BillTo { get; init; }
    public required string TaxId { get; init; }
    public required string Description { get; init; }
    public required string Quantity { get; init; }
    public required string UnitPrice { get; init; }
    public required string Amount { get; init; }
    public required string Subtotal { get; init; }
    public required string Discount { get; init; }
    public required string Tax { get; init; }
    public required string Shipping { get; init; }
    public required string Total { get; init; }
    public required string Currency { get; init; }
    public required string Payment { get; init; }
    public required string Transaction { get; init; }
    /// <summary>Composite format with the page number as {0} and the page count as {1}.</summary>
    public required string PageOf { get; init; }
    public required string DateFormat { get; init; }
    /// <summary>By the API's name of the method (<c>overnight</c>, <c>cash_on_delivery</c>).</summary>
    public required IReadOnlyDictionary<string, string> ShippingMethods { get; init; }
    public required IReadOnlyDictionary<string, string> PaymentMethods { get; init; }
    public required ShopLanguage Language { get; init; }

    private NumberFormatInfo Numbers => Language.Numbers;

    public static InvoiceLabels For(string language) => ShopLanguage.For(language) == ShopLanguage.Spanish ? Spanish : English;

    /// <summary>Minor units as a two-decimal amount with its currency code: "1,299.99 USD", "1.299,99 EUR".</summary>
    public string FormatMoney(long minor, string currency) => Language.Money(Domain.Common.Money.Major(minor), currency);

    public string FormatQuantity(int value) => value.ToString("#,##0", Numbers);

    public string FormatPercent(decimal value) => value.ToString("0.##", Numbers) + "%";

    public string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public string FormatPage(int number, int count) => string.Format(CultureInfo.InvariantCulture, PageOf, number, count);
}
