using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>Counter rows bumped with an UPDATE inside the unit of work's transaction: the row stays locked until commit,
/// so concurrent transactions on any server get distinct values, and a rolled-back one gives its value back. Series that
/// may skip are taken at once: on PostgreSQL from a native sequence per name (<c>nextval</c> never waits for another
/// transaction, whereas the locked row made every placement of both servers queue behind the previous one's commit), on
/// SQLite from <see cref="NumberBlocks"/> (the counter row bumped by a block at a time, in a write of its own).</summary>
internal sealed class NumberSequences(OrdersDbContext db, WritesOnSave writes, IWriteTransactions transactions, NumberBlocks blocks) : INumberSequences
{
    public void TakeOnSave(string name, Func<long, Result> use) => writes.Add(async (context, ct) => use(await NextAsync(context, name, 1, ct)));

    public async Task<Result<long>> TakeAtOnceAsync(string name, CancellationToken ct)
    {
        if (db is not PostgresOrdersDbContext) return await blocks.TakeAsync(name, (size, c) => ReserveAsync(name, size, c), ct);
        var sequence = SequenceOf(name);
        try
        {
            return await NextValueAsync(sequence, ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            await CreateAsync(name, sequence, ct);
            return await NextValueAsync(sequence, ct);
        }
    }

    // The last value of a block of `size`, in a transaction of its own that writes nothing else.
    private async Task<Result<long>> ReserveAsync(string name, int size, CancellationToken ct)
    {
        long last = 0;
        var saved = await transactions.RunAsync(db, async c =>
        {
            last = await NextAsync(db, name, size, c);
            return Result.Success();
        }, ct);
        return saved.IsSuccess ? last : saved.Failed<long>();
    }

    private async Task<long> NextValueAsync(string sequence, CancellationToken ct) =>
        (await db.Database.SqlQuery<long>($"""SELECT nextval({sequence}::regclass) AS "Value" """).ToListAsync(ct))[0];

    // First use of the name: the sequence starts past its counter row (0 without one), so numbers taken by the row before
    // an upgrade are never given out again and the series keeps increasing. Two first users race: IF NOT EXISTS is not
    // atomic in PostgreSQL, and the loser gets a duplicate (catalog unique index or "already exists"), which means the
    // sequence is there now.
    private async Task CreateAsync(string name, string sequence, CancellationToken ct)
    {
        var counted = await db.Database.SqlQuery<long>($"""SELECT "Value" FROM "NumberSequences" WHERE "Name" = {name}""").ToListAsync(ct);
        var start = (counted.Count == 0 ? 0 : counted[0]) + 1;
        // Identifiers and START WITH cannot be parameters; both are built here from [a-z0-9_] and a number.
        var create = string.Create(CultureInfo.InvariantCulture, $"CREATE SEQUENCE IF NOT EXISTS {sequence} START WITH {start}");
        try
        {
            await db.Database.ExecuteSqlRawAsync(create, ct);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
        }
    }

    // "order-number:2026-03" → "seq_order_number_2026_03": a plain lower-case identifier, so no quoting anywhere.
    private static string SequenceOf(string name) =>
        "seq_" + string.Concat(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));

    private static async Task<long> NextAsync(OrdersDbContext db, string name, int by, CancellationToken ct)
    {
        if (await BumpAsync(db, name, by, ct) is { } next) return next;
        // First use of this name. ON CONFLICT DO NOTHING (SQLite and PostgreSQL alike) lets two first users race.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "NumberSequences" ("Name", "Value") VALUES ({name}, 0) ON CONFLICT DO NOTHING""", ct);
        return await BumpAsync(db, name, by, ct) ?? throw new InvalidOperationException($"Sequence {name} could not be created.");
    }

    // One statement that bumps and reads (RETURNING: SQLite 3.35+ and PostgreSQL); null when the row does not exist yet.
    private static async Task<long?> BumpAsync(OrdersDbContext db, string name, int by, CancellationToken ct)
    {
        var values = await db.Database.SqlQuery<long>(
            $"""UPDATE "NumberSequences" SET "Value" = "Value" + {by} WHERE "Name" = {name} RETURNING "Value" """).ToListAsync(ct);
        return values.Count == 0 ? null : values[0];
    }
}
