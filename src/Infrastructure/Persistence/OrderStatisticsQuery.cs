using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Application.Orders.Stats;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence;

/// <summary>Counts and sums in SQL (GROUP BY, SUM), the same LINQ on SQLite and PostgreSQL; no order is loaded.</summary>
internal sealed class OrderStatisticsQuery(OrdersDbContext db) : IOrderStatistics
{
    public async Task<OrderStatistics> ComputeAsync(DateRange range, int topProducts, CancellationToken ct)
    {
        var orders = db.Orders.AsNoTracking();
        if (range.From is { } from) orders = orders.Where(o => o.CreatedAt >= from);
        if (range.ToExclusive is { } to) orders = orders.Where(o => o.CreatedAt < to);

        var byStatus = await orders.GroupBy(o => o.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        var earning = orders.Where(o => o.PaidAt != null && o.Status != OrderStatus.Canceled && o.Status != OrderStatus.Rejected);
        var revenue = await earning.SumAsync(o => (long?)o.Total, ct) ?? 0;
        var revenueOrders = await earning.CountAsync(ct);
        var top = await earning.SelectMany(o => o.Lines)
            .GroupBy(l => l.ProductId)
            .Select(g => new { ProductId = g.Key, Name = g.Max(l => l.ProductName), Quantity = g.Sum(l => (long)l.Quantity), Revenue = g.Sum(l => l.LineTotal) })
            .OrderByDescending(p => p.Quantity).ThenByDescending(p => p.Revenue).ThenBy(p => p.ProductId)
            .Take(topProducts)
            .ToListAsync(ct);

        return new OrderStatistics(
            byStatus.Sum(s => s.Count), byStatus.ToDictionary(s => s.Status, s => s.Count), revenue, revenueOrders,
            [.. top.Select(p => new TopProduct(p.ProductId, p.Name ?? "", p.Quantity, p.Revenue))]);
    }
}
