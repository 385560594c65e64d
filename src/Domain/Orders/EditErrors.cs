using Orders.Domain.Common;

namespace Orders.Domain.Orders;

public static class EditErrors
{
    public static Result AdminOnly => Failure.Forbidden("order.forbidden", "Only an admin edits orders.");

    public static Result NotAllowed(OrderStatus status) => Failure.Conflict("order.edit_not_allowed",
        $"The order is {status.ToSnakeCase()}; orders are edited while pending, paid or in preparation, before anything ships.");

    public static Result PartlyShipped => Failure.Conflict("order.edit_not_allowed",
        "Part of the order has shipped; orders are edited before anything ships.");

    public static Result UnitsRefunded => Failure.Conflict("order.edit_not_allowed",
        "Units of this order were refunded; refund or cancel instead of editing.");

    public static Result IncreasesPaidTotal(long paidTotal, long newTotal) => Failure.Conflict("order.edit_increases_paid_total",
        $"The order is paid and the edit would raise its total from {paidTotal} to {newTotal} (minor units); place a new order for the extra.");

    public static Result TooManyEdits => Failure.Conflict("order.edit_limit", $"An order is edited at most {Order.MaxEdits} times.");

    public static Result ReasonRequired => Failure.Field("reason", "Say why the order is edited.");

    public static Result ReasonTooLong => Failure.Field("reason", $"Must be at most {OrderErrors.MaxReasonLength} characters.");

    public static Result NoChanges => Failure.Field("changes", "Give at least one change: {orderLineId, quantity} or {productId, quantity}.");

    public static Result UnknownLine(string orderLineId) => Failure.Field("changes", $"The order has no line {orderLineId}.");

    public static Result DuplicateChange => Failure.Field("changes", "Each line and each product may appear once.");

    public static Result ProductOnOrder(string productId) =>
        Failure.Field("changes", $"Product {productId} is on the order already; change its line's quantity instead.");

    public static Result QuantityOutOfRange => Failure.Field("changes",
        $"Each quantity must be between 0 and {Order.MaxQuantityPerLine}, and at least 1 for a new product.");

    public static Result NoUnitsLeft => Failure.Field("changes", "An order keeps at least one unit; cancel it instead.");

    public static Result TooManyLines => Failure.Field("changes", $"An order has at most {Order.MaxLines} lines.");
}
