using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Products;

namespace Orders.Infrastructure.Persistence;

/// <summary>One conditional UPDATE per reservation: it takes the units only while enough remain, so two buyers of the
/// last unit cannot both succeed on any engine. Written as SQL because it runs inside the single SQLite writer for
/// every line of every order, and EF's translation of the same ExecuteUpdate cost more than SQLite's work on it.</summary>
internal sealed class StockReservations(WritesOnSave writes) : IStockReservations
{
    public void Reserve(string productId, string productName, int quantity) => writes.Add(async (db, ct) =>
    {
        var taken = await db.Database.ExecuteSqlAsync(
            $"""UPDATE "Products" SET "Stock" = "Stock" - {quantity} WHERE "Id" = {productId} AND "Stock" >= {quantity}""", ct);
        if (taken == 1) return Result.Success();
        var available = await db.Products.Where(p => p.Id == productId).Select(p => p.Stock).FirstOrDefaultAsync(ct);
        return ProductErrors.InsufficientStock(productName, available);
    });

    public void Release(string productId, int quantity) => writes.Add(async (db, ct) =>
    {
        await db.Products.Where(p => p.Id == productId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + quantity), ct);
        return Result.Success();
    });
}
