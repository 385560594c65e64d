using Mapster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>Turns the rows a reader found into answers: a servable stored view is read as it is; an order without one is
/// rebuilt from its aggregate, and <see cref="OrderViewBackfill"/> is asked to write its view again. Both readers end
/// here, so they serve a stale view the same way: never. The scope's context is leased from its pool only for a
/// rebuild: a read whose views are all servable needs none.</summary>
internal sealed class OrderViewRebuild(IServiceProvider scope, TypeAdapterConfig mapping, OrderViewBackfill backfill)
{
    /// <summary>The complete views of the rows, in their order; a row whose order is gone meanwhile is left out.</summary>
    public async Task<List<OrderDto>> ServeAsync(IReadOnlyList<StoredOrderView> rows, CancellationToken ct)
    {
        var stale = rows.Where(r => r.Json is null).Select(r => r.Id).ToList();
        if (stale.Count == 0) return rows.Select(r => OrderViewJson.Read(r.Json!)).ToList();

        var db = scope.GetRequiredService<OrdersDbContext>();
        var rebuilt = (await db.Orders.AsNoTracking().Where(o => stale.Contains(o.Id)).ToListAsync(ct))
            .ToDictionary(o => o.Id, o => o.Complete(mapping));
        backfill.Request(stale);
        return rows.Select(r => r.Json is { } json ? OrderViewJson.Read(json) : rebuilt.GetValueOrDefault(r.Id))
            .OfType<OrderDto>().ToList();
    }
}
