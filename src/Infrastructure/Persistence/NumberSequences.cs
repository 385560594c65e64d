using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>Counter rows bumped with an UPDATE inside the caller's transaction: the row stays locked until commit, so
/// concurrent transactions on any server get distinct values, and a rolled-back one gives its value back.</summary>
internal sealed class NumberSequences(OrdersDbContext db) : INumberSequences
{
    public async Task<long> NextAsync(string name, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Number sequences are taken inside a transaction (IUnitOfWork.InTransactionAsync).");

        if (await Bump(name, ct) == 0)
        {
            // First use of this name. ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike) lets two first users race.
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "NumberSequences" ("Name", "Value") VALUES ({name}, 0) ON CONFLICT DO NOTHING""", ct);
            await Bump(name, ct);
        }

        return await db.NumberSequences.AsNoTracking().Where(s => s.Name == name).Select(s => s.Value).FirstAsync(ct);
    }

    private Task<int> Bump(string name, CancellationToken ct) =>
        db.NumberSequences.Where(s => s.Name == name).ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1), ct);
}
