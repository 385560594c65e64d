using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Application.Orders;

namespace Orders.Application.Returns.GetReturn;

/// <summary>One return from the order's stored view; same access as the order.</summary>
public sealed class GetReturnHandler(IOrderViews views)
{
    public async Task<Result<ReturnAtVersion>> HandleAsync(GetReturnQuery query, CancellationToken ct)
    {
        var order = await views.FindAsync(query.Order, ct);
        if (order is null || !query.User.CanSee(order.UserId)) return OrderErrors.NotFound(query.Order);
        var found = order.Returns.FirstOrDefault(r => r.Id == query.ReturnId);
        return found is null ? ReturnErrors.NotFound(query.ReturnId) : new ReturnAtVersion(order.Id, found, order.Version);
    }
}
