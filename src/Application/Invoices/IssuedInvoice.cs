namespace Orders.Application.Invoices;

/// <summary>An invoice as it was first issued: the document itself, kept so that every later download is the same bytes
/// whatever the shop's tax rate, seller details, language or the service's version are by then.</summary>
public sealed class IssuedInvoice(string orderId, string number, byte[] document, DateTimeOffset issuedAt)
{
    public string OrderId { get; private set; } = orderId;

    public string Number { get; private set; } = number;

    public byte[] Document { get; private set; } = document;

    public DateTimeOffset IssuedAt { get; private set; } = issuedAt;

    public InvoiceFile ToFile() => new($"factura-{Number}.pdf", Document);
}
