using Microsoft.EntityFrameworkCore;
using Orders.Application.Orders.Specifications;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>Through EF Core, on any engine.</summary>
internal sealed class EfStoredViewReader(OrdersDbContext db) : IStoredViewReader
{
    public Task<StoredOrderView?> FindAsync(OrderRef order, CancellationToken ct)
    {
        var key = order.Value;
        var matching = order.IsNumber ? db.Orders.Where(o => o.OrderNumber == key) : db.Orders.Where(o => o.Id == key);
        return matching.Select(o => StoredOrderView.FromText(o.Id, EF.Property<string?>(o, OrderViewJson.Column))).FirstOrDefaultAsync(ct);
    }

    public Task<(List<StoredOrderView> Rows, int Total)?> PageAsync(OrderListSpec spec, CancellationToken ct) =>
        Task.FromResult<(List<StoredOrderView>, int)?>(null);
}
