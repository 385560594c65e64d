using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.GetOrder;

/// <summary>From the stored view, with <see cref="OrderAccess"/>'s rule: another user's order is not found.</summary>
public sealed class GetOrderHandler(IOrderViews views)
{
    public async Task<Result<OrderDto>> HandleAsync(GetOrderQuery query, CancellationToken ct)
    {
        var order = await views.FindAsync(query.Order, ct);
        return order is not null && query.User.CanSee(order.UserId) ? order.SeenBy(query.User) : OrderErrors.NotFound(query.Order);
    }
}
