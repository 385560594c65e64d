using Orders.Domain.Common;

namespace Orders.Domain.Orders;

public static class OrderErrors
{
    public const int MaxReasonLength = 500;

    public static Result NotFound(OrderRef order) => Failure.NotFound("order.not_found", $"Order {order} not found.");

    public static Result InvalidTransition(OrderStatus from, OrderStatus to, IReadOnlyList<OrderStatus> allowed) =>
        Failure.Conflict("order.invalid_transition",
            $"An order that is {from.ToSnakeCase()} cannot become {to.ToSnakeCase()}. Allowed next states: " +
            (allowed.Count == 0 ? "none" : string.Join(", ", allowed.Select(s => s.ToSnakeCase()))) + ".");

    public static Result NoItems => Failure.Field("items", "An order needs at least one item.");

    public static Result TrackingRequired => Failure.Invalid("order.tracking_required",
        "Shipping needs trackingNumber and shippingCarrier.",
        new Dictionary<string, string[]> { ["trackingNumber"] = ["Is required to ship."], ["shippingCarrier"] = ["Is required to ship."] });

    /// <summary>Names only the fields that are over <see cref="Order.MaxTrackingLength"/>.</summary>
    public static Result TrackingTooLong(bool trackingNumber, bool shippingCarrier)
    {
        var errors = new Dictionary<string, string[]>();
        if (trackingNumber) errors["trackingNumber"] = [$"Must be at most {Order.MaxTrackingLength} characters."];
        if (shippingCarrier) errors["shippingCarrier"] = [$"Must be at most {Order.MaxTrackingLength} characters."];
        return Failure.Invalid("order.tracking_too_long",
            $"trackingNumber and shippingCarrier must be at most {Order.MaxTrackingLength} characters.", errors);
    }

    public static Result PickupOnly => Failure.Conflict("order.pickup_only",
        $"Only pickup orders go from ready to delivered; ship this one first. Allowed next states: {OrderStatus.Shipped.ToSnakeCase()}.");

    public static Result ReasonTooLong => Failure.Field("reason", $"Must be at most {MaxReasonLength} characters.");

    public static Result NoteRequired => Failure.Field("note", "A note saying why the order is rejected is required.");

    public static Result NoteTooLong => Failure.Field("note", $"Must be at most {MaxReasonLength} characters.");

    public static Result VersionMismatch(int current, int expected) => Failure.Conflict("order.version_mismatch",
        $"The order is at version {current}, not {expected}: it changed meanwhile. Reload it and try again.");

    public static Result NotPaid(string orderNumber) =>
        Failure.Invalid("order.not_paid", $"Order {orderNumber} has not been paid, so it has no invoice yet.");

    public static Result StatusRequired => Failure.Field("status", "Is required.");

    public static Result RatingRequired => Failure.Field("rating", "Is required: a whole number from 1 to 5.");

    public static Result InvalidOrder(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid("order.invalid", "The order request is not valid; see errors.", errors);
}
