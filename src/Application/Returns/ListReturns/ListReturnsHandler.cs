using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Application.Orders;

namespace Orders.Application.Returns.ListReturns;

/// <summary>An order's returns from its stored view, with <see cref="OrderAccess"/>'s rule: another user's order is not
/// found.</summary>
public sealed class ListReturnsHandler(IOrderViews views)
{
    public async Task<Result<ReturnListAtVersion>> HandleAsync(ListReturnsQuery query, CancellationToken ct)
    {
        var order = await views.FindAsync(query.Order, ct);
        if (order is null || !query.User.CanSee(order.UserId)) return OrderErrors.NotFound(query.Order);
        return new ReturnListAtVersion(order.Returns, order.Version);
    }
}
