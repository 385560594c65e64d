using Orders.Domain.Common;

namespace Orders.Domain.Orders;

public static class OrderErrors
{
    public const int MaxReasonLength = 500;

    public static Error NotFound(OrderRef order) => Error.NotFound("order.not_found", $"Order {order} not found.");

    public static Error InvalidTransition(OrderStatus from, OrderStatus to, IReadOnlyList<OrderStatus> allowed) =>
        Error.Conflict("order.invalid_transition",
            $"An order that is {from.ToSnakeCase()} cannot become {to.ToSnakeCase()}. Allowed next states: " +
            (allowed.Count == 0 ? "none" : string.Join(", ", allowed.Select(s => s.ToSnakeCase()))) + ".");

    public static readonly Error NoItems = Error.Invalid("items", "An order needs at least one item.");

    public static readonly Error TrackingRequired = Error.Invalid("order.tracking_required",
        "Shipping needs trackingNumber and shippingCarrier.",
        new Dictionary<string, string[]> { ["trackingNumber"] = ["Is required to ship."], ["shippingCarrier"] = ["Is required to ship."] });

    /// <summary>Names only the fields that are over <see cref="Order.MaxTrackingLength"/>.</summary>
    public static Error TrackingTooLong(bool trackingNumber, bool shippingCarrier)
    {
        var errors = new Dictionary<string, string[]>();
        if (trackingNumber) errors["trackingNumber"] = [$"Must be at most {Order.MaxTrackingLength} characters."];
        if (shippingCarrier) errors["shippingCarrier"] = [$"Must be at most {Order.MaxTrackingLength} characters."];
        return Error.Invalid("order.tracking_too_long",
            $"trackingNumber and shippingCarrier must be at most {Order.MaxTrackingLength} characters.", errors);
    }

    public static readonly Error PickupOnly = Error.Conflict("order.pickup_only",
        $"Only pickup orders go from ready to delivered; ship this one first. Allowed next states: {OrderStatus.Shipped.ToSnakeCase()}.");

    public static readonly Error ReasonTooLong = Error.Invalid("reason", $"Must be at most {MaxReasonLength} characters.");

    public static readonly Error NoteRequired = Error.Invalid("note", "A note saying why the order is rejected is required.");

    public static readonly Error NoteTooLong = Error.Invalid("note", $"Must be at most {MaxReasonLength} characters.");

}
