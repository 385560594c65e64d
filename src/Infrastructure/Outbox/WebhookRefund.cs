using Orders.Application.Orders;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Outbox;

/// <summary><c>data.refund</c>: the refund as <c>GET /orders/{id}/refunds/{fid}</c> answers it, money in major units of the
/// order's currency.</summary>
public sealed record WebhookRefund(
    string Id, string Status, decimal Amount, IReadOnlyList<WebhookRefundLine> Lines, decimal Shipping, decimal Adjustment, string? Reason,
    string? ReturnId, string? ProviderRefundId, string? FailureReason, string? CreditNoteNumber, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static WebhookRefund From(RefundDto refund)
    {
        ArgumentNullException.ThrowIfNull(refund);
        return new WebhookRefund(
            refund.Id, refund.Status.ToSnakeCase(), Money.Major(refund.Amount),
            [.. refund.Lines.Select(l => new WebhookRefundLine(l.OrderLineId, l.Quantity, Money.Major(l.Amount)))],
            Money.Major(refund.Shipping), Money.Major(refund.Adjustment), refund.Reason, refund.ReturnId, refund.ProviderRefundId,
            refund.FailureReason, refund.CreditNoteNumber, refund.CreatedAt.UtcDateTime, refund.UpdatedAt.UtcDateTime);
    }
}
