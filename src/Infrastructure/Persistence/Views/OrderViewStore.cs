using Ardalis.Specification;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Orders.Specifications;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence.Specifications;

namespace Orders.Infrastructure.Persistence.Views;

internal sealed class OrderViewStore(OrdersDbContext db, IStoredViewReader reader, TypeAdapterConfig mapping) : IOrderViews
{
    public async Task<OrderDto?> FindAsync(OrderRef order, CancellationToken ct)
    {
        var stored = await reader.FindAsync(order, ct);
        if (stored is null) return null;
        return stored.Json is { } json ? OrderViewJson.Read(json) : (await FromOrdersAsync([stored.Id], ct)).Single();
    }

    public async Task<PagedList<OrderDto>> PageAsync(ISpecification<Order> spec, CancellationToken ct)
    {
        var fast = spec is OrderListSpec list ? await reader.PageAsync(list, ct) : null;
        var (rows, total) = fast ?? await EfPaging.PageAsync(db, db.Orders, spec,
            page => page.Select(o => StoredOrderView.FromText(o.Id, EF.Property<string?>(o, OrderViewJson.Column))), ct);
        var missing = rows.Where(r => r.Json is null).Select(r => r.Id).ToList();
        var fallback = missing.Count == 0 ? [] : (await FromOrdersAsync(missing, ct)).ToDictionary(o => o.Id);
        var items = rows.Select(r => (r.Json is { } json ? OrderViewJson.Read(json) : fallback[r.Id]).Listed()).ToList();
        return PagedList<OrderDto>.Of(items, spec.Skip, spec.Take, total);
    }

    // Orders saved before views existed are read the old way until the backfill has reached them.
    private async Task<List<OrderDto>> FromOrdersAsync(List<string> ids, CancellationToken ct) =>
        (await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct)).Select(o => o.Complete(mapping)).ToList();
}
