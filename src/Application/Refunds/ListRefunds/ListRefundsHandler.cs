using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Refunds.ListRefunds;

/// <summary>An order's refunds from its stored view, for its owner and admins; anyone else finds no order.</summary>
public sealed class ListRefundsHandler(IOrderViews views)
{
    public async Task<Result<RefundList>> HandleAsync(ListRefundsQuery query, CancellationToken ct)
    {
        var order = await views.FindAsync(query.Order, ct);
        return order is not null && query.User.CanSee(order.UserId)
            ? new RefundList(order.Id, order.Version, order.Refunds)
            : OrderErrors.NotFound(query.Order);
    }
}
