using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Shipments.UpdateShipment;

/// <summary>An admin changes a shipment's tracking, or marks it delivered (<paramref name="Status"/> may only be
/// delivered). Fields left null stay as they are. <paramref name="ExpectedVersion"/> comes from If-Match.</summary>
public sealed record UpdateShipmentCommand(
    OrderRef Order, UserContext User, string ShipmentId, string? Carrier, string? TrackingNumber, string? TrackingUrl, ShipmentStatus? Status,
    int? ExpectedVersion = null)
{
    public bool Deliver => Status == ShipmentStatus.Delivered;

    /// <summary>The request's shape, before the order is asked.</summary>
    public Result Check()
    {
        if (Status is { } status && status != ShipmentStatus.Delivered) return ShipmentErrors.StatusNotAllowed;
        var errors = new Dictionary<string, string[]>();
        CheckTracking(Carrier, "carrier", errors);
        CheckTracking(TrackingNumber, "trackingNumber", errors);
        return errors.Count == 0 ? Result.Success() : ShipmentRequestErrors.InvalidShipment(errors);
    }

    private static void CheckTracking(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (value is null) return;
        if (string.IsNullOrWhiteSpace(value)) errors[field] = ["Must not be blank; leave it out to keep the current one."];
        else if (value.Trim().Length > Domain.Orders.Order.MaxTrackingLength) errors[field] = [$"Must be at most {Domain.Orders.Order.MaxTrackingLength} characters."];
    }
}
