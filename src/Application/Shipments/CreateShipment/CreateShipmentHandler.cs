using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Shipments.CreateShipment;

/// <summary>Ships units of a ready order. The order checks every cap against its ledger and the save writes under the
/// order's version, so two shipments racing for the last units cannot both win: the second to save loses and, run again on
/// fresh data, is answered by the ledger. The last units shipped move the order to shipped, as <c>PUT /status</c> does.</summary>
public sealed class CreateShipmentHandler(
    OrderAccess access, ShipmentKeys keys, IUnitOfWork uow, ShopOptions shop, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<ShipmentAnswer>> HandleAsync(CreateShipmentCommand cmd, CancellationToken ct)
    {
        // Another customer's order does not exist for them (404); its owner may see it but not ship it (403).
        var loaded = await access.LoadVisibleAsync(cmd.Order, cmd.User, ct);
        if (!loaded.IsSuccess) return loaded.Failed();
        if (!cmd.User.IsAdmin) return ShipmentErrors.Forbidden;
        var lines = cmd.Check();
        if (!lines.IsSuccess) return lines.Failed();
        var order = loaded.Value;

        ShipmentKey? key = null;
        if (cmd.IdempotencyKey is { } idempotencyKey)
        {
            var found = await keys.FindAsync(order.Id, idempotencyKey, cmd.RequestHash(order.Id, lines.Value), ct);
            if (!found.IsSuccess) return found.Failed();
            // Before If-Match: a retry of a request that went through sends the version it was made against.
            if (found.Value.EarlierShipmentId is { } earlier) return Replay(order, earlier);
            key = found.Value;
        }

        if (cmd.ExpectedVersion is { } expected && expected != order.Version) return OrderErrors.VersionMismatch(order.Version, expected);

        var now = clock.GetUtcNow();
        var shipment = order.CreateShipment(
            cmd.User.AsActor(), lines.Value, cmd.Carrier, cmd.TrackingNumber, cmd.TrackingUrl, now, shop.EstimatedDelivery(order.ShippingMethod, now));
        if (!shipment.IsSuccess) return shipment.Failed();
        key?.Complete(shipment.Value.Id, now);

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new ShipmentAnswer(order.Id, order.Version, shipment.Value.Adapt<ShipmentDto>(mapping)) : saved.Failed();
    }

    private Result<ShipmentAnswer> Replay(Order order, string shipmentId)
    {
        var shipment = order.Shipments.FirstOrDefault(s => s.Id == shipmentId);
        // The order was read before the request that used the key committed, its key after: a lost race, which runs again
        // on fresh data (ConflictRetry) and finds the shipment then. Fresh: the stale order is dropped, or the next load
        // would be handed the same tracked copy.
        if (shipment is not null) return new ShipmentAnswer(order.Id, order.Version, shipment.Adapt<ShipmentDto>(mapping), Replayed: true);
        uow.Discard();
        return UnitOfWorkErrors.ConcurrentChange;
    }
}
