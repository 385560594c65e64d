namespace Orders.Application.Refunds;

/// <summary>Units of one order line to refund, as the client sent them.</summary>
public sealed record RefundLineInput(string? OrderLineId, int Quantity);
