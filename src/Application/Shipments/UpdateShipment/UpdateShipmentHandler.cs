using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Shipments.UpdateShipment;

/// <summary>Changes a shipment's tracking or delivers it; the last shipment delivered moves a shipped order to delivered,
/// as <c>PUT /status</c> does.</summary>
public sealed class UpdateShipmentHandler(OrderAccess access, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<ShipmentAnswer>> HandleAsync(UpdateShipmentCommand cmd, CancellationToken ct)
    {
        // Another customer's order does not exist for them (404); its owner may see it but not change its shipments (403).
        var loaded = await access.LoadVisibleAsync(cmd.Order, cmd.User, ct);
        if (!loaded.IsSuccess) return loaded.Failed();
        if (!cmd.User.IsAdmin) return ShipmentErrors.Forbidden;
        var shape = cmd.Check();
        if (!shape.IsSuccess) return shape.Failed();
        var order = loaded.Value;
        if (cmd.ExpectedVersion is { } expected && expected != order.Version) return OrderErrors.VersionMismatch(order.Version, expected);

        var shipment = order.UpdateShipment(cmd.User.AsActor(), cmd.ShipmentId, cmd.Carrier, cmd.TrackingNumber, cmd.TrackingUrl, cmd.Deliver, clock.GetUtcNow());
        if (!shipment.IsSuccess) return shipment.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new ShipmentAnswer(order.Id, order.Version, shipment.Value.Adapt<ShipmentDto>(mapping)) : saved.Failed();
    }
}
