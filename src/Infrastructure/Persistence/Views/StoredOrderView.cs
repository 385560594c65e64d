using Microsoft.EntityFrameworkCore;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>An order's id and its stored view (null for an order saved before views existed).</summary>
internal sealed record StoredOrderView(string Id, string? Json);

/// <summary>Finds one order's stored view by id or number.</summary>
internal interface IStoredViewReader
{
    Task<StoredOrderView?> FindAsync(OrderRef order, CancellationToken ct);
}

/// <summary>Through EF Core, on any engine.</summary>
internal sealed class EfStoredViewReader(OrdersDbContext db) : IStoredViewReader
{
    public Task<StoredOrderView?> FindAsync(OrderRef order, CancellationToken ct)
    {
        var key = order.Value;
        var matching = order.IsNumber ? db.Orders.Where(o => o.OrderNumber == key) : db.Orders.Where(o => o.Id == key);
        return matching.Select(o => new StoredOrderView(o.Id, EF.Property<string?>(o, OrderViewJson.Column))).FirstOrDefaultAsync(ct);
    }
}
