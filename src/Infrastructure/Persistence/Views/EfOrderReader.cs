using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Application.Orders.ListOrders;
using Orders.Application.Orders.Specifications;
using Orders.Domain.Orders;
using Orders.Infrastructure.Persistence.Specifications;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>Every order read through EF Core, on any engine: the one order by id or number, and the lists through
/// <see cref="OrderListSpec"/> and the specification evaluator, each answered from the stored views.</summary>
public sealed class EfOrderReader : IOrderViews
{
    // The view only when it was written for this version of the order in this format; else null, and it is rebuilt.
    private static readonly Expression<Func<Order, StoredOrderView>> Servable = o => StoredOrderView.FromText(o.Id,
        EF.Property<int>(o, OrderViewJson.FormatColumn) == OrderViewJson.Format && EF.Property<int>(o, OrderViewJson.VersionColumn) == o.Version
            ? EF.Property<string?>(o, OrderViewJson.Column)
            : null);

    private readonly OrdersDbContext _db;
    private readonly OrderViewRebuild _rebuild;

    internal EfOrderReader(OrdersDbContext db, OrderViewRebuild rebuild)
    {
        _db = db;
        _rebuild = rebuild;
    }

    public async Task<OrderDto?> FindAsync(OrderRef order, CancellationToken ct)
    {
        var key = order.Value;
        var matching = order.IsNumber ? _db.Orders.Where(o => o.OrderNumber == key) : _db.Orders.Where(o => o.Id == key);
        var row = await matching.Select(Servable).FirstOrDefaultAsync(ct);
        return row is null ? null : (await _rebuild.ServeAsync([row], ct)).SingleOrDefault();
    }

    public async Task<PagedList<OrderDto>> ListAsync(OrderFilter filter, OrderSort sort, PageRequest page, CancellationToken ct)
    {
        var spec = new OrderListSpec(filter, sort, page);
        var (rows, total) = await EfPaging.PageAsync(_db, _db.Orders, spec, orders => orders.Select(Servable), ct);
        var items = (await _rebuild.ServeAsync(rows, ct)).Select(o => o.Listed()).ToList();
        return PagedList<OrderDto>.Of(items, page.Skip, page.Limit, total);
    }
}
