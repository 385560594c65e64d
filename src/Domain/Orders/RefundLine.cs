namespace Orders.Domain.Orders;

/// <summary>Units of one order line a refund gives back, and what they cost the customer (minor units).</summary>
public sealed record RefundLine(string OrderLineId, int Quantity, long Amount);
