using Orders.Application.Orders;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Outbox;

/// <summary><c>data.creditNote</c>: the credit note as the order lists it; <see cref="Amount"/> is what was credited
/// (positive, major units).</summary>
public sealed record WebhookCreditNote(string Number, string RefundId, decimal Amount, DateTime IssuedAt)
{
    public static WebhookCreditNote From(CreditNoteDto note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new WebhookCreditNote(note.Number, note.RefundId, Money.Major(note.Amount), note.IssuedAt.UtcDateTime);
    }
}
