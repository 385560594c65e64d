using Orders.Domain.Common;

namespace Orders.Domain.Orders;

public static class RefundErrors
{
    public static Result NotFound(string id) => Failure.NotFound("refund.not_found", $"The order has no refund {id}.");

    public static Result NotPaid(PaymentStatus status) => Failure.Conflict("refund.not_paid",
        $"The order's payment is {status.ToSnakeCase()}; only an order whose payment succeeded is refunded.");

    public static Result ExceedsRefundable(long refundable) => Failure.Conflict("refund.exceeds_refundable",
        $"At most {Money.Major(refundable):0.00} can still be refunded on this order.");

    public static Result ExceedsRefundableUnits(string orderLineId, int refundable) => Failure.Conflict("refund.exceeds_refundable",
        $"Line {orderLineId} has {refundable} unit(s) that are not refunded yet.");

    public static Result ExceedsRefundableShipping(long refundable) => Failure.Conflict("refund.exceeds_refundable",
        $"At most {Money.Major(refundable):0.00} of the shipping charge can still be refunded.");

    public static Result Repriced(string orderLineId) => Failure.Conflict("refund.exceeds_refundable",
        $"Other refunds of line {orderLineId} changed since this refund was priced, so its units would no longer add up to " +
        "what the line cost; refund them with a new refund instead.");

    public static Result NothingToRefund => Failure.Field("$", "Name lines, a returnId, shipping or an amount to refund.");

    public static Result ReturnNotReceived(string returnId) => Failure.Conflict("refund.return_not_received",
        $"Return {returnId} has no received units left to refund.");

    public static Result InvalidTransition(Refund refund, string action) => Failure.Conflict("refund.invalid_transition",
        $"A refund that is {refund.Status.ToSnakeCase()} cannot be {action}. Allowed actions: " +
        (refund.Status == RefundStatus.Failed ? "retry" : "none") + ".");

    public static Result ReasonTooLong => Failure.Field("reason", $"Must be at most {Refund.MaxReasonLength} characters.");

    public static Result AmountOutOfRange(string field) => Failure.Field(field, "Must be a positive amount with at most two decimals.");

    public static Result AdminOnly => Failure.Forbidden("refund.forbidden", "Only an admin refunds.");
}
