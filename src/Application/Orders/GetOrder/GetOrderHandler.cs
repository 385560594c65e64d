using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.GetOrder;

public sealed class GetOrderHandler(IOrderRepository orders, ICurrentUser currentUser)
{
    /// <summary>The order if the caller owns it or is an admin; another user's order is "not found", never "forbidden".</summary>
    public async Task<Result<OrderDto>> HandleAsync(GetOrderQuery query, CancellationToken ct)
    {
        var user = currentUser.User;
        var order = await orders.FindAsync(query.Order, ct);
        if (order is null || !user.CanSee(order)) return OrderErrors.NotFound(query.Order);
        return OrderDto.From(order, user);
    }
}
