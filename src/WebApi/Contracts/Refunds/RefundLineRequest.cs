namespace Orders.WebApi.Contracts.Refunds;

public sealed record RefundLineRequest(string? OrderLineId, int Quantity);
