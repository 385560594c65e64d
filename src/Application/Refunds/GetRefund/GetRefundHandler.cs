using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Refunds.GetRefund;

/// <summary>One refund from its order's stored view, with the order's access rule: another user's order is not found.</summary>
public sealed class GetRefundHandler(IOrderViews views)
{
    public async Task<Result<RefundAnswer>> HandleAsync(GetRefundQuery query, CancellationToken ct)
    {
        var order = await views.FindAsync(query.Order, ct);
        if (order is null || !query.User.CanSee(order.UserId)) return OrderErrors.NotFound(query.Order);
        var refund = order.Refunds.FirstOrDefault(r => r.Id == query.RefundId);
        return refund is null ? RefundErrors.NotFound(query.RefundId) : new RefundAnswer(order.Id, order.Version, refund);
    }
}
