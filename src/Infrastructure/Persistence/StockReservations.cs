using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>One conditional UPDATE per reservation: it takes the units only while enough remain, so two buyers of the
/// last unit cannot both succeed on any engine.</summary>
internal sealed class StockReservations(OrdersDbContext db) : IStockReservations
{
    public async Task<bool> TryReserveAsync(string productId, int quantity, CancellationToken ct) =>
        await db.Products
            .Where(p => p.Id == productId && p.Stock >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock - quantity), ct) == 1;

    public Task ReleaseAsync(string productId, int quantity, CancellationToken ct) =>
        db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + quantity), ct);

    public Task<int> AvailableAsync(string productId, CancellationToken ct) =>
        db.Products.Where(p => p.Id == productId).Select(p => p.Stock).FirstOrDefaultAsync(ct);
}
