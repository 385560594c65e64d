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

        if (await BumpAsync(name, ct) is { } next) return next;
        // First use of this name. ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike) lets two first users race.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "NumberSequences" ("Name", "Value") VALUES ({name}, 0) ON CONFLICT DO NOTHING""", ct);
        return await BumpAsync(name, ct) ?? throw new InvalidOperationException($"Sequence {name} could not be created.");
    }

    // One statement that bumps and reads (RETURNING: SQLite 3.35+ and PostgreSQL); null when the row does not exist yet.
    private async Task<long?> BumpAsync(string name, CancellationToken ct)
    {
        var values = await db.Database.SqlQuery<long>(
            $"""UPDATE "NumberSequences" SET "Value" = "Value" + 1 WHERE "Name" = {name} RETURNING "Value" """).ToListAsync(ct);
        return values.Count == 0 ? null : values[0];
    }
}
