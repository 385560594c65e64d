using Orders.Domain.Common;

namespace Orders.Domain.Orders;

public static class ReturnErrors
{
    public static Result NotFound(string id) => Failure.NotFound("return.not_found", $"The order has no return {id}.");

    public static Result ExceedsReturnable(string orderLineId, int returnable) => Failure.Conflict("return.exceeds_returnable",
        $"Line {orderLineId} has {returnable} delivered unit(s) that are neither returned nor in an open return.");

    public static Result WindowClosed(DateTimeOffset closedAt) => Failure.Conflict("return.window_closed",
        $"Returns of these units could be asked for until {closedAt:yyyy-MM-dd'T'HH:mm:ss'Z'}; contact the shop.");

    public static Result InvalidTransition(OrderReturn ret, string action) => Failure.Conflict("return.invalid_transition",
        $"A return that is {ret.Status.ToSnakeCase()} cannot be {action}. Allowed actions: " +
        (ret.AllowedActions.Count == 0 ? "none" : string.Join(", ", ret.AllowedActions)) + ".");

    public static Result ExceedsOutstanding(string orderLineId, int outstanding) => Failure.Conflict("return.exceeds_outstanding",
        $"Line {orderLineId} has {outstanding} unit(s) of this return left to receive.");

    public static Result NotInReturn(string orderLineId) => Failure.Field("lines", $"The return has no line {orderLineId}.");

    public static Result ReasonTooLong => Failure.Field("reason", $"Must be at most {OrderReturn.MaxReasonLength} characters.");

    public static Result NoteRequired => Failure.Field("note", "Say why the return is declined.");

    public static Result NoteTooLong => Failure.Field("note", $"Must be at most {OrderReturn.MaxReasonLength} characters.");

    public static Result NotOwner => Failure.Forbidden("return.forbidden", "Only the order's owner or an admin may ask for a return.");

    public static Result AdminOnly => Failure.Forbidden("return.forbidden", "Only an admin may approve, decline or receive a return.");

    public static Result CancelForbidden => Failure.Forbidden("return.forbidden", "A customer may cancel only a return they asked for that is still requested.");
}
