namespace Orders.Domain.Orders;

/// <summary>Some units of one order line: what a shipment, a return or a refund names.</summary>
public sealed record LineQuantity(string OrderLineId, int Quantity);
