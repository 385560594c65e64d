using Orders.Domain.Common;

namespace Orders.Domain.Orders;

/// <summary>What a shipment, return or refund request names: order lines and units.</summary>
public static class LineErrors
{
    public static Result Required => Failure.Field("lines", "Name at least one order line and its quantity.");

    public static Result Unknown(string orderLineId) => Failure.Field("lines", $"The order has no line {orderLineId}.");

    public static Result Duplicate(string orderLineId) => Failure.Field("lines", $"Line {orderLineId} appears twice; put the total in its quantity.");

    public static Result QuantityOutOfRange => Failure.Field("lines", $"Each quantity must be between 1 and {Order.MaxQuantityPerLine}.");
}
