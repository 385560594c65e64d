using Orders.Application.Orders;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Outbox;

/// <summary><c>data.return</c>: the return as <c>GET /orders/{id}/returns/{rid}</c> answers it.</summary>
public sealed record WebhookReturn(
    string Id, string Status, IReadOnlyList<WebhookReturnLine> Lines, string? Reason, string? Note, DateTime CreatedAt, DateTime UpdatedAt)
{
    public static WebhookReturn From(ReturnDto ret)
    {
        ArgumentNullException.ThrowIfNull(ret);
        return new WebhookReturn(
            ret.Id, ret.Status.ToSnakeCase(),
            [.. ret.Lines.Select(l => new WebhookReturnLine(l.OrderLineId, l.Quantity, l.Received, l.Restocked, l.Damaged, l.Missing))],
            ret.Reason, ret.Note, ret.CreatedAt.UtcDateTime, ret.UpdatedAt.UtcDateTime);
    }
}
