namespace Orders.Application.Invoices;

/// <summary>The <c>Invoice</c> section: who issues the invoices.</summary>
public sealed class InvoiceOptions
{
    public const string Section = "Invoice";

    public string SellerName { get; set; } = "Orders Demo Shop S.L.";

    public string? SellerTaxId { get; set; } = "B00000000";

    public List<string> SellerAddress { get; set; } = ["Calle Mayor 1", "28013 Madrid", "España"];
}
