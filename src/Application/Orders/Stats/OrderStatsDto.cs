namespace Orders.Application.Orders.Stats;

public sealed record OrderStatsDto(
    string? DateFrom, string? DateTo, string Currency, int OrderCount, IReadOnlyDictionary<string, int> OrdersByStatus,
    long Revenue, long AverageOrderValue, IReadOnlyList<TopProductDto> TopProducts);
