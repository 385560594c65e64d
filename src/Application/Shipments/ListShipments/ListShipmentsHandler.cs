using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Shipments.ListShipments;

/// <summary>An order's shipments from its stored view, for its owner and admins; anyone else finds no order.</summary>
public sealed class ListShipmentsHandler(IOrderViews views)
{
    public async Task<Result<ShipmentList>> HandleAsync(ListShipmentsQuery query, CancellationToken ct)
    {
        var order = await views.FindAsync(query.Order, ct);
        return order is not null && query.User.CanSee(order.UserId)
            ? new ShipmentList(order.Id, order.Version, order.Shipments)
            : OrderErrors.NotFound(query.Order);
    }
}
