using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>The one way a use case loads an order for the caller: the owner and admins see it; for anyone else it
/// does not exist (404, never 403, so ids cannot be probed).</summary>
public sealed class OrderAccess(IOrderRepository orders)
{
    public async Task<Result<Order>> LoadVisibleAsync(OrderRef orderRef, UserContext user, CancellationToken ct)
    {
        var order = await orders.FindAsync(orderRef, ct);
        return order is not null && user.CanSee(order) ? order : OrderErrors.NotFound(orderRef);
    }

    /// <summary>Only the owner's: admins too get "not found" (reviews are the customer's alone).</summary>
    public async Task<Result<Order>> LoadOwnAsync(OrderRef orderRef, UserContext user, CancellationToken ct)
    {
        var order = await orders.FindAsync(orderRef, ct);
        return order is not null && order.UserId == user.Id ? order : OrderErrors.NotFound(orderRef);
    }

    /// <summary>As <see cref="LoadVisibleAsync"/>, and refused (409) when the caller's If-Match names another version.</summary>
    public async Task<Result<Order>> LoadVisibleAtAsync(OrderRef orderRef, UserContext user, int? expectedVersion, CancellationToken ct)
    {
        var order = await LoadVisibleAsync(orderRef, user, ct);
        if (order.IsSuccess && expectedVersion is { } expected && expected != order.Value.Version)
            return OrderErrors.VersionMismatch(order.Value.Version, expected);
        return order;
    }
}
