namespace Orders.WebApi.Contracts.Orders;

public sealed record OrderStatsResponse(
    string? DateFrom, string? DateTo, string Currency, int OrderCount, IReadOnlyDictionary<string, int> OrdersByStatus,
    decimal Revenue, decimal AverageOrderValue, IReadOnlyList<TopProductResponse> TopProducts);
