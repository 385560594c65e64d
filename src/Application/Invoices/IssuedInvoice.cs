namespace Orders.Application.Invoices;

/// <summary>An invoice as it was issued: what it says, frozen in the save that numbers it, and the document printed
/// from that and kept, so that every later download is the same bytes whatever the shop's tax rate, seller details,
/// language, the order's later refunds or the service's version are by then. Invoices issued before their data was
/// kept have only their document.</summary>
public sealed class IssuedInvoice
{
    public IssuedInvoice(string orderId, string number, InvoiceData data, DateTimeOffset issuedAt)
    {
        OrderId = orderId;
        Number = number;
        Data = data;
        IssuedAt = issuedAt;
    }

    private IssuedInvoice()
    {
        OrderId = Number = null!;
    }

    public string OrderId { get; private set; }

    public string Number { get; private set; }

    public InvoiceData? Data { get; private set; }

    /// <summary>The printed document; null until the first download.</summary>
    public byte[]? Document { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public void Print(byte[] document) => Document ??= document;

    public InvoiceFile ToFile() => new($"factura-{Number}.pdf",
        Document ?? throw new InvalidOperationException($"Invoice {Number} has not been printed yet."));
}
