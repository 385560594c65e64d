namespace Orders.WebApi.Contracts.Refunds;

public sealed record RefundListResponse(IReadOnlyList<RefundResponse> Items);
