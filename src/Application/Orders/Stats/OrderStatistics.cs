using Orders.Domain.Orders;

namespace Orders.Application.Orders.Stats;

/// <summary>Figures computed by the database. Revenue counts orders that were paid and not canceled or rejected; amounts
/// are minor units.</summary>
public sealed record OrderStatistics(
    int OrderCount, IReadOnlyDictionary<OrderStatus, int> OrdersByStatus, long Revenue, int RevenueOrderCount,
    IReadOnlyList<TopProduct> TopProducts);
