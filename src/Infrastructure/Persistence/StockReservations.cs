using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>One conditional UPDATE per reservation: it takes the units only while enough remain, so two buyers of the
/// last unit cannot both succeed on any engine. Written as SQL because it runs inside the single SQLite writer for
/// every line of every order, and EF's translation of the same ExecuteUpdate cost more than SQLite's work on it.</summary>
internal sealed class StockReservations(OrdersDbContext db) : IStockReservations
{
    public async Task<bool> TryReserveAsync(string productId, int quantity, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync(
            $"""UPDATE "Products" SET "Stock" = "Stock" - {quantity} WHERE "Id" = {productId} AND "Stock" >= {quantity}""", ct) == 1;

    public Task ReleaseAsync(string productId, int quantity, CancellationToken ct) =>
        db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + quantity), ct);

    public Task<int> AvailableAsync(string productId, CancellationToken ct) =>
        db.Products.Where(p => p.Id == productId).Select(p => p.Stock).FirstOrDefaultAsync(ct);
}
