using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>Counter rows bumped with an UPDATE inside the unit of work's transaction: the row stays locked until commit,
/// so concurrent transactions on any server get distinct values, and a rolled-back one gives its value back.</summary>
internal sealed class NumberSequences(WritesOnSave writes) : INumberSequences
{
    public void TakeOnSave(string name, Func<long, Result> use) => writes.Add(async (db, ct) => use(await NextAsync(db, name, ct)));

    private static async Task<long> NextAsync(OrdersDbContext db, string name, CancellationToken ct)
    {
        if (await BumpAsync(db, name, ct) is { } next) return next;
        // First use of this name. ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike) lets two first users race.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "NumberSequences" ("Name", "Value") VALUES ({name}, 0) ON CONFLICT DO NOTHING""", ct);
        return await BumpAsync(db, name, ct) ?? throw new InvalidOperationException($"Sequence {name} could not be created.");
    }

    // One statement that bumps and reads (RETURNING: SQLite 3.35+ and PostgreSQL); null when the row does not exist yet.
    private static async Task<long?> BumpAsync(OrdersDbContext db, string name, CancellationToken ct)
    {
        var values = await db.Database.SqlQuery<long>(
            $"""UPDATE "NumberSequences" SET "Value" = "Value" + 1 WHERE "Name" = {name} RETURNING "Value" """).ToListAsync(ct);
        return values.Count == 0 ? null : values[0];
    }
}
