using Orders.Application.Orders;

namespace Orders.Infrastructure.Outbox;

/// <summary><c>data.edit</c>: the edit as the order's <c>edits</c> list shows it, its difference in major units of the
/// order's currency; <see cref="RefundId"/> names the refund it gave a paid order whose total went down.</summary>
public sealed record WebhookEdit(
    DateTime At, string By, string Reason, IReadOnlyList<WebhookEditChange> Changes, WebhookEditDifference Difference, string? RefundId)
{
    public static WebhookEdit From(EditDto edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        return new WebhookEdit(
            edit.At.UtcDateTime, edit.By, edit.Reason,
            [.. edit.Changes.Select(c => new WebhookEditChange(c.OrderLineId, c.ProductId, c.ProductName, c.PreviousQuantity, c.Quantity))],
            WebhookEditDifference.From(edit.Difference), edit.RefundId);
    }
}
