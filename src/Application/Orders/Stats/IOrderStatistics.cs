using Orders.Application.Common;

namespace Orders.Application.Orders.Stats;

public interface IOrderStatistics
{
    /// <summary>Aggregates orders created in <paramref name="range"/> in the database, without loading them.</summary>
    Task<OrderStatistics> ComputeAsync(DateRange range, int topProducts, CancellationToken ct);
}
