using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>The one way a use case loads an order for the caller: the owner and admins see it; for anyone else it
/// does not exist (404, never 403, so ids cannot be probed).</summary>
public sealed class OrderAccess(IOrderRepository orders, ICurrentUser currentUser)
{
    public UserContext User => currentUser.User;

    public async Task<Result<Order>> LoadVisibleAsync(OrderRef orderRef, CancellationToken ct)
    {
        var order = await orders.FindAsync(orderRef, ct);
        return order is not null && User.CanSee(order) ? order : OrderErrors.NotFound(orderRef);
    }

    /// <summary>Only the owner's: admins too get "not found" (reviews are the customer's alone).</summary>
    public async Task<Result<Order>> LoadOwnAsync(OrderRef orderRef, CancellationToken ct)
    {
        var order = await orders.FindAsync(orderRef, ct);
        return order is not null && order.UserId == User.Id ? order : OrderErrors.NotFound(orderRef);
    }
}
