using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.Stats;

public sealed class GetOrderStatsHandler(IOrderStatistics statistics, ShopOptions shop)
{
    private const int TopProducts = 10;

    public async Task<Result<OrderStatsDto>> HandleAsync(GetOrderStatsQuery query, CancellationToken ct)
    {
        var (dateFrom, dateTo) = query;
        var range = DateRange.Parse(dateFrom, dateTo, shop.FindTimeZone());
        if (!range.IsSuccess) return range.Failed();

        var stats = await statistics.ComputeAsync(range.Value, TopProducts, ct);
        var average = stats.RevenueOrderCount == 0 ? 0 : (long)Math.Round((decimal)stats.Revenue / stats.RevenueOrderCount, MidpointRounding.AwayFromZero);
        return new OrderStatsDto(
            dateFrom, dateTo, shop.Currency, stats.OrderCount,
            Enum.GetValues<OrderStatus>().ToDictionary(s => s.ToSnakeCase(), s => stats.OrdersByStatus.GetValueOrDefault(s)),
            stats.Revenue, average,
            [.. stats.TopProducts.Select(p => new TopProductDto(p.ProductId, p.Name, p.Quantity, p.Revenue))]);
    }
}
