namespace Orders.WebApi.Contracts.Returns;

/// <summary>An order's returns, oldest first (not paged: an order holds few).</summary>
public sealed record ReturnListResponse(IReadOnlyList<ReturnResponse> Items);
