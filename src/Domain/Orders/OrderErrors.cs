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

    public static Result TooManyLines => Failure.Field("items", $"An order has at most {Order.MaxLines} lines.");

    public static Result QuantityOutOfRange =>
        Failure.Field("items", $"Each quantity must be between 1 and {Order.MaxQuantityPerLine}.");

    public static Result UnitPriceOutOfRange => Failure.Field("items", "A unit price is out of range.");

    public static Result DuplicateProduct => Failure.Field("items", "Each product may appear once; put the total in its quantity.");

    public static Result CancelForbidden => Failure.Forbidden("order.forbidden", "Only the order's owner or an admin may cancel it.");

    public static Result StatusChangeForbidden => Failure.Forbidden("order.forbidden", "Only an admin may change an order's status.");

    public static Result PaymentNotPending(OrderStatus status) => Failure.Conflict("payment.not_pending",
        $"The order is {status.ToSnakeCase()}; only a pending order records payment failures.");

    public static Result NotAwaitingPayment(OrderStatus status, PaymentStatus payment) => Failure.Conflict("order.not_awaiting_payment",
        $"The order is {status.ToSnakeCase()} with payment {payment.ToSnakeCase()}; only a pending, unpaid order expires.");

    public static Result NotExpiredYet(DateTimeOffset expiresAt) => Failure.Conflict("order.not_expired",
        $"The order's payment is awaited until {expiresAt:yyyy-MM-dd'T'HH:mm:ss'Z'}; it does not expire before.");

    public static Result TooManyUnpaid(int limit) => Failure.Conflict("order.too_many_unpaid",
        $"You already have {limit} orders awaiting payment. Pay or cancel one of them before placing another.");

    public static Result PaymentNotLate => Failure.Conflict("payment.not_late", "Only canceled or rejected orders take late payments.");

    public static Result ReviewNotOwner => Failure.Forbidden("review.not_owner", "Only the customer who placed the order may review it.");

    public static Result RatingOutOfRange => Failure.Field("rating", "Must be between 1 and 5.");

    public static Result ReviewCommentTooLong =>
        Failure.Field("comment", $"Must be at most {Order.MaxReviewCommentLength} characters.");

    public static Result ReviewNotDelivered(OrderStatus status) => Failure.Conflict("review.not_delivered",
        $"The order is {status.ToSnakeCase()}; it can be reviewed once delivered.");

    public static Result ReviewExists => Failure.Conflict("review.exists", "This order has already been reviewed.");

    public static Result InvalidAddress(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid("order.invalid_address", "The shipping address is incomplete or too long.", errors);

    public static Result ProductIdListRequired =>
        Failure.Field("$", "The body must be a JSON array of product ids, like [\"id1\", \"id2\", \"id1\"].");

    public static Result ItemsMustBeObjects => Failure.Field("items", "Items must be objects with productId and quantity.");

    public static Result StatusUpdateIncomplete => Failure.Invalid("order.invalid_status_update", "orderId and status are required.",
        new Dictionary<string, string[]> { ["orderId"] = ["Is required."], ["status"] = ["Is required."] });

    public static Result SearchTooLong => Failure.Field("q", "Must be at most 200 characters.");
}
