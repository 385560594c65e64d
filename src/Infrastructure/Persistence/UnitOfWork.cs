using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Infrastructure.Outbox;

namespace Orders.Infrastructure.Persistence;

/// <summary>One transaction per save, run the engine's way (<see cref="IWriteTransactions"/>): the queued writes, then
/// the outbox messages for the raised events, then the tracked changes. PostgreSQL's serialization failures and
/// deadlocks are retried with the same changes; any other lost race is a conflict the client can retry.</summary>
internal sealed partial class UnitOfWork(
    OrdersDbContext db, WritesOnSave writes, OutboxWriter outbox, IWriteTransactions transactions, TimeProvider clock,
    ILogger<UnitOfWork> logger) : IUnitOfWork
{
    private const int MaxAttempts = 3;

    public async Task<Result> SaveChangesAsync(CancellationToken ct)
    {
        // Once per save, not per attempt: a retried attempt stages no event twice, its first attempt's count stands.
        outbox.Begin();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    var saved = await transactions.RunAsync(db, SaveAsync, ct);
                    // Success means committed: only now do its placed orders and queued refunds count.
                    if (saved.IsSuccess) outbox.Committed();
                    else db.ChangeTracker.Clear();
                    return saved;
                }
                catch (Exception ex) when (IsTransient(ex) && attempt < MaxAttempts)
                {
                    LogRetry(logger, attempt, ex.GetType().Name);
                }
            }
        }
        catch (Exception ex) when (IsConflict(ex))
        {
            db.ChangeTracker.Clear();
            LogConflict(logger, ex.GetType().Name);
            return UnitOfWorkErrors.ConcurrentChange;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            writes.Clear();
        }
    }

    public void Discard()
    {
        db.ChangeTracker.Clear();
        writes.Clear();
    }

    private async Task<Result> SaveAsync(CancellationToken ct)
    {
        // A failed save fails the whole unit of work, which rolls back on its own, so EF's savepoint around each save
        // inside a transaction would be two statements per save for nothing.
        db.Database.AutoSavepointsEnabled = false;
        var written = await writes.RunAsync(db, ct);
        if (!written.IsSuccess) return written;
        await outbox.StageAsync(clock.GetUtcNow(), ct);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    // PostgreSQL aborts one of two transactions that could not both commit; run again, the loser usually wins.
    private static bool IsTransient(Exception ex) => Unwrap(ex) is PostgresException
    {
        SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
    };

    // Lost optimistic-concurrency checks, duplicate keys from concurrent inserts, and transient failures that kept
    // failing all mean "someone else got there first": a 409 the client can retry, not a 500.
    private static bool IsConflict(Exception ex) => ex is DbUpdateConcurrencyException || IsTransient(ex) || Unwrap(ex) switch
    {
        SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        _ => false,
    };

    private static Exception Unwrap(Exception ex) => ex is DbUpdateException { InnerException: { } inner } ? Unwrap(inner) : ex;

    [LoggerMessage(Level = LogLevel.Information, Message = "Write lost a race ({Exception}); answered as a conflict")]
    private static partial void LogConflict(ILogger logger, string exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Write attempt {Attempt} was aborted by the database ({Exception}); running it again")]
    private static partial void LogRetry(ILogger logger, int attempt, string exception);
}
