using Orders.Application.Invoices;

namespace Orders.Application.CreditNotes;

/// <summary>A credit note as it was issued: what it says, frozen in the save of its refund, and the document printed
/// from that on its first download and kept, so every later download is the same bytes whatever the settings or the
/// service's version are by then.</summary>
public sealed class IssuedCreditNote
{
    public IssuedCreditNote(string number, string orderId, string refundId, CreditNoteData data, DateTimeOffset issuedAt)
    {
        Number = number;
        OrderId = orderId;
        RefundId = refundId;
        Data = data;
        IssuedAt = issuedAt;
    }

    private IssuedCreditNote()
    {
        Number = OrderId = RefundId = null!;
        Data = null!;
    }

    public string Number { get; private set; }

    public string OrderId { get; private set; }

    public string RefundId { get; private set; }

    public CreditNoteData Data { get; private set; }

    /// <summary>The printed document; null until the first download.</summary>
    public byte[]? Document { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public void Print(byte[] document) => Document ??= document;

    public InvoiceFile ToFile() => new($"factura-rectificativa-{Number}.pdf",
        Document ?? throw new InvalidOperationException($"Credit note {Number} has not been printed yet."));
}
