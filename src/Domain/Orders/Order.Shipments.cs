using Orders.Domain.Common;
using Orders.Domain.Orders.Events;

namespace Orders.Domain.Orders;

public sealed partial class Order
{
    private readonly List<Shipment> _shipments = [];

    public IReadOnlyList<Shipment> Shipments => _shipments;

    /// <summary>How far the units have gone, from the ledger: a pickup order is unfulfilled until it is delivered, unless
    /// the shop shipped it after all (shipping a pickup order was always allowed), when its shipments tell.</summary>
    public FulfillmentStatus FulfillmentStatus
    {
        get
        {
            if (ShippingMethod == ShippingMethod.Pickup && (Status == OrderStatus.Delivered || _shipments.Count == 0))
                return Status == OrderStatus.Delivered ? FulfillmentStatus.Delivered : FulfillmentStatus.Unfulfilled;
            if (_lines.All(l => l.Shipped == 0)) return FulfillmentStatus.Unfulfilled;
            if (_lines.Any(l => l.Unshipped > 0)) return FulfillmentStatus.PartiallyShipped;
            return _lines.All(l => l.Delivered == l.Shipped) ? FulfillmentStatus.Delivered : FulfillmentStatus.Shipped;
        }
    }

    /// <summary>Ships some units of a ready order (every unshipped unit when <paramref name="lines"/> is null). When the
    /// shipments cover every unit that is not canceled, the order moves to shipped, expected on
    /// <paramref name="estimatedDelivery"/> as when it is shipped in one go.</summary>
    public Result<Shipment> CreateShipment(
        Actor by, IReadOnlyList<LineQuantity>? lines, string? carrier, string? trackingNumber, string? trackingUrl, DateTimeOffset now,
        DateOnly? estimatedDelivery = null)
    {
        if (!by.IsAdmin) return ShipmentErrors.Forbidden;
        var tracking = CheckTracking(trackingNumber, carrier);
        if (!tracking.IsSuccess) return tracking;
        if (!IsTrackingUrl(trackingUrl)) return ShipmentErrors.TrackingUrlInvalid;
        if (Status != OrderStatus.Ready) return ShipmentErrors.OrderNotReady(Status);

        var units = lines is null ? Result.Success<IReadOnlyList<(OrderLine Line, int Units)>>(Unshipped()) : Resolve(lines);
        if (!units.IsSuccess) return units.Failed();
        if (units.Value.Count == 0) return ShipmentErrors.NothingToShip;
        foreach (var (line, count) in units.Value)
            if (count > line.Unshipped) return ShipmentErrors.ExceedsUnshipped(line.Id, line.Unshipped);

        return AddShipment(by, units.Value, carrier!.Trim(), trackingNumber!.Trim(), NullIfBlank(trackingUrl), null, estimatedDelivery, now);
    }

    /// <summary>Changes a shipment's tracking, or marks it delivered; when every shipment of a shipped order is delivered,
    /// the order moves to delivered.</summary>
    public Result<Shipment> UpdateShipment(
        Actor by, string shipmentId, string? carrier, string? trackingNumber, string? trackingUrl, bool deliver, DateTimeOffset now)
    {
        if (!by.IsAdmin) return ShipmentErrors.Forbidden;
        var shipment = _shipments.Find(s => s.Id == shipmentId);
        if (shipment is null) return ShipmentErrors.NotFound(shipmentId);
        if (carrier is null && trackingNumber is null && trackingUrl is null && !deliver) return ShipmentErrors.NothingToChange;
        if (carrier is not null || trackingNumber is not null)
        {
            var tracking = CheckTracking(trackingNumber ?? shipment.TrackingNumber, carrier ?? shipment.Carrier);
            if (!tracking.IsSuccess) return tracking;
        }

        if (!IsTrackingUrl(trackingUrl)) return ShipmentErrors.TrackingUrlInvalid;
        if (deliver && shipment.Status == ShipmentStatus.Delivered) return ShipmentErrors.AlreadyDelivered(shipmentId);

        shipment.Retrack(carrier?.Trim(), trackingNumber?.Trim(), NullIfBlank(trackingUrl));
        if (ReferenceEquals(shipment, _shipments[^1])) (TrackingNumber, ShippingCarrier) = (shipment.TrackingNumber, shipment.Carrier);
        if (deliver) Deliver(shipment, now);
        Raise(new ShipmentUpdated(Id, OrderNumber, shipment.Id, now));

        if (deliver && Status == OrderStatus.Shipped && _shipments.All(s => s.Status == ShipmentStatus.Delivered))
        {
            var moved = MoveTo(OrderStatus.Delivered, by, null, now);
            if (!moved.IsSuccess) return moved;
            DeliveredAt = now;
        }
        else
        {
            Touch(now);
        }

        return shipment;
    }

    private Shipment AddShipment(
        Actor by, IReadOnlyList<(OrderLine Line, int Units)> units, string carrier, string trackingNumber, string? trackingUrl,
        string? note, DateOnly? estimatedDelivery, DateTimeOffset now)
    {
        var shipment = new Shipment($"sh_{Id}_{_shipments.Count + 1}", units.Select(u => new LineQuantity(u.Line.Id, u.Units)),
            carrier, trackingNumber, trackingUrl, now);
        foreach (var (line, count) in units) line.Ship(count);
        _shipments.Add(shipment);
        TrackingNumber = trackingNumber;
        ShippingCarrier = carrier;
        Raise(new ShipmentCreated(Id, OrderNumber, shipment.Id, now));

        if (_lines.Any(l => l.Unshipped > 0))
        {
            Touch(now);
            return shipment;
        }

        // Checked by the callers: a ready order may always move to shipped.
        MoveTo(OrderStatus.Shipped, by, note, now);
        ShippedAt = now;
        EstimatedDeliveryDate = estimatedDelivery;
        return shipment;
    }

    private void Deliver(Shipment shipment, DateTimeOffset now)
    {
        shipment.MarkDelivered(now);
        foreach (var unit in shipment.Lines) _lines.Single(l => l.Id == unit.OrderLineId).Deliver(unit.Quantity);
    }

    private List<(OrderLine Line, int Units)> Unshipped() => [.. _lines.Where(l => l.Unshipped > 0).Select(l => (l, l.Unshipped))];

    /// <summary>The order's lines a request names, checked for shape: known lines, each once, quantities in range.</summary>
    private Result<IReadOnlyList<(OrderLine Line, int Units)>> Resolve(IReadOnlyList<LineQuantity> lines)
    {
        if (lines.Count == 0) return LineErrors.Required;
        var resolved = new List<(OrderLine, int)>(lines.Count);
        foreach (var requested in lines)
        {
            if (requested.Quantity is < 1 or > MaxQuantityPerLine) return LineErrors.QuantityOutOfRange;
            var line = _lines.Find(l => l.Id == requested.OrderLineId);
            if (line is null) return LineErrors.Unknown(requested.OrderLineId);
            if (resolved.Any(r => r.Item1 == line)) return LineErrors.Duplicate(line.Id);
            resolved.Add((line, requested.Quantity));
        }

        return resolved;
    }

    private static Result CheckTracking(string? trackingNumber, string? carrier)
    {
        if (string.IsNullOrWhiteSpace(trackingNumber) || string.IsNullOrWhiteSpace(carrier)) return OrderErrors.TrackingRequired;
        bool trackingTooLong = trackingNumber.Trim().Length > MaxTrackingLength, carrierTooLong = carrier.Trim().Length > MaxTrackingLength;
        return trackingTooLong || carrierTooLong ? OrderErrors.TrackingTooLong(trackingTooLong, carrierTooLong) : Result.Success();
    }

    private static bool IsTrackingUrl(string? url) =>
        string.IsNullOrWhiteSpace(url)
        || url.Length <= Shipment.MaxTrackingUrlLength && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
