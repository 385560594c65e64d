using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Shipments.GetShipment;

/// <summary>One shipment from its order's stored view, with the order's access rule: another user's order is not found.</summary>
public sealed class GetShipmentHandler(IOrderViews views)
{
    public async Task<Result<ShipmentAnswer>> HandleAsync(GetShipmentQuery query, CancellationToken ct)
    {
        var order = await views.FindAsync(query.Order, ct);
        if (order is null || !query.User.CanSee(order.UserId)) return OrderErrors.NotFound(query.Order);
        var shipment = order.Shipments.FirstOrDefault(s => s.Id == query.ShipmentId);
        return shipment is null ? ShipmentErrors.NotFound(query.ShipmentId) : new ShipmentAnswer(order.Id, order.Version, shipment);
    }
}
