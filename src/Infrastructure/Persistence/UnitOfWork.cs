using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Infrastructure.Outbox;

namespace Orders.Infrastructure.Persistence;

internal sealed partial class UnitOfWork(
    OrdersDbContext db, OutboxWriter outbox, IWriteTransactions transactions, TimeProvider clock, ILogger<UnitOfWork> logger) : IUnitOfWork
{
    private static Result ConcurrentChange => Failure.Conflict("concurrency.conflict",
        "Another request changed the same data at the same time; reload it and try again.");

    private bool _inTransaction;

    public async Task<Result> SaveChangesAsync(CancellationToken ct)
    {
        if (_inTransaction) return await SaveAsync(ct);
        var saved = await InTransactionAsync(_ => Task.FromResult(Result<bool>.Success(true)), ct);
        return saved.IsSuccess ? Result.Success() : saved.Failed();
    }

    public async Task<Result<T>> InTransactionAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken ct)
    {
        if (_inTransaction) throw new InvalidOperationException("Transactions do not nest.");
        _inTransaction = true;
        try
        {
            var outcome = await transactions.RunAsync(db, async ct =>
            {
                outbox.Begin();
                // A failed save fails the whole unit of work, which rolls back on its own, so EF's savepoint around
                // each save inside a transaction would be two statements per save for nothing.
                db.Database.AutoSavepointsEnabled = false;
                var result = await work(ct);
                if (!result.IsSuccess) return result;
                var saved = await SaveAsync(ct);
                return saved.IsSuccess ? result : saved.Failed<T>();
            }, ct);
            // Success means committed: only now do its placed orders and queued refunds count.
            if (outcome.IsSuccess) outbox.Committed();
            return outcome;
        }
        catch (Exception ex) when (IsConflict(ex))
        {
            LogConflict(logger, ex.GetType().Name);
            return ConcurrentChange;
        }
        finally
        {
            _inTransaction = false;
        }
    }

    private async Task<Result> SaveAsync(CancellationToken ct)
    {
        try
        {
            await outbox.StageAsync(clock.GetUtcNow(), ct);
            await db.SaveChangesAsync(ct);
            return Result.Success();
        }
        catch (Exception ex) when (IsConflict(ex))
        {
            LogConflict(logger, ex.GetType().Name);
            return ConcurrentChange;
        }
    }

    // Lost optimistic-concurrency checks, duplicate keys from concurrent inserts, and PostgreSQL's serialization
    // failures and deadlocks all mean "someone else got there first": a 409 the client can retry, not a 500.
    private static bool IsConflict(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: { } inner } => IsConflict(inner),
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Write lost a race ({Exception}); answered as a conflict")]
    private static partial void LogConflict(ILogger logger, string exception);
}
