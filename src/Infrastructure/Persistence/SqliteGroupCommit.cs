using System.Data;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orders.Domain.Common;
using Orders.Infrastructure.Telemetry;

namespace Orders.Infrastructure.Persistence;

/// <summary>SQLite's one writer, committing in groups. Units of work queue here and one loop takes every one waiting:
/// it runs each in a savepoint of one transaction on the writer's own connection (one that fails rolls back to its
/// savepoint and affects no other), commits them together, so that one fsync serves the whole group, and only then
/// answers each caller. Writers outside a unit of work take the <see cref="IWriteGate"/> and get their turn between
/// groups, on their own connections.</summary>
public sealed partial class SqliteGroupCommit(IServiceScopeFactory scopes, OrdersMetrics metrics, ILogger<SqliteGroupCommit> logger)
    : IWriteTransactions, IWriteGate, IAsyncDisposable
{
    /// <summary>The most units of work one commit takes: the first of a group waits for at most this many.</summary>
    public const int MaxGroupSize = 64;

    private readonly Channel<Turn> _queue = Channel.CreateUnbounded<Turn>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _starting = new();
    private Task? _loop;
    private long _groups;
    private long _committed;

    /// <summary>Commits made, each for one group.</summary>
    public long GroupsCommitted => Interlocked.Read(ref _groups);

    /// <summary>Units of work committed, over all groups.</summary>
    public long UnitsCommitted => Interlocked.Read(ref _committed);

    public Task<Result> RunAsync(OrdersDbContext db, Func<CancellationToken, Task<Result>> work, CancellationToken ct)
    {
        var write = new Write(db, work, ct);
        Enqueue(write);
        return write.Answer;
    }

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        var turn = new GateTurn(ct);
        Enqueue(turn);
        return await turn.Entered;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        if (_loop is { } loop) await loop;
    }

    private void Enqueue(Turn turn)
    {
        // Read the clock only for a listener: the queue's wait is a metric, and nothing else needs the time.
        if (metrics.TimesWriterQueue) turn.QueuedAt = Stopwatch.GetTimestamp();
        if (!_queue.Writer.TryWrite(turn)) throw new ObjectDisposedException(nameof(SqliteGroupCommit));
        if (_loop is null)
        {
            lock (_starting) _loop ??= Task.Run(WriteLoopAsync);
        }
    }

    private async Task WriteLoopAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var group = new List<Write>(MaxGroupSize);
        // Units that failed on their own are answered after their group ends too: a caller that retries on a lost race
        // then reads what the winner committed, not what it is about to commit.
        var refused = new List<Write>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            SqliteTransaction? transaction = null;
            while (group.Count < MaxGroupSize && _queue.Reader.TryRead(out var turn))
            {
                if (turn is GateTurn gate)
                {
                    Commit(transaction, group);
                    Refuse(refused);
                    transaction = null;
                    Started(turn);
                    await gate.HoldAsync();
                    continue;
                }

                var write = (Write)turn;
                if (write.TryCancel()) continue;
                Started(turn);
                try
                {
                    transaction ??= await BeginAsync(writer);
                    (await write.RunAsync(transaction) ? group : refused).Add(write);
                }
                catch (Exception ex)
                {
                    // The transaction itself failed: BEGIN refused, or a savepoint could not be rolled back.
                    write.Fail(ex);
                    Abandon(transaction, group, ex);
                    transaction = null;
                }
            }

            Commit(transaction, group);
            Refuse(refused);
        }
    }

    private void Started(Turn turn)
    {
        if (turn.QueuedAt != 0) metrics.WriterWaited(turn.QueuedAt, turn is GateTurn);
    }

    // EF opens the writer's connection, so it is set up like every other (its functions, our durability pragma).
    private static async Task<SqliteTransaction> BeginAsync(OrdersDbContext writer)
    {
        if (writer.Database.GetDbConnection().State != ConnectionState.Open) await writer.Database.OpenConnectionAsync();
        return ((SqliteConnection)writer.Database.GetDbConnection()).BeginTransaction(deferred: false);
    }

    private void Commit(SqliteTransaction? transaction, List<Write> group)
    {
        if (transaction is null) return;
        try
        {
            transaction.Commit();
        }
        catch (Exception ex)
        {
            Abandon(transaction, group, ex);
            return;
        }

        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _committed, group.Count);
        LogCommitted(logger, group.Count);
        foreach (var write in group) write.Succeed();
        group.Clear();
        transaction.Dispose();
    }

    private static void Refuse(List<Write> refused)
    {
        foreach (var write in refused) write.Refuse();
        refused.Clear();
    }

    // Nothing of the group is committed, so every member is told. SQLite may have rolled back already (a failed
    // commit), and the rollback on disposal then throws: the loop must live on for the next group.
    private void Abandon(SqliteTransaction? transaction, List<Write> group, Exception lost)
    {
        foreach (var write in group) write.Fail(lost);
        group.Clear();
        try
        {
            transaction?.Dispose();
        }
        catch (SqliteException ex)
        {
            LogRollbackFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Committed {Count} unit(s) of work in one transaction")]
    private static partial void LogCommitted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolling back a failed group's transaction failed")]
    private static partial void LogRollbackFailed(ILogger logger, Exception exception);

    private abstract class Turn
    {
        /// <summary>When it was queued (a <see cref="Stopwatch"/> timestamp), or 0 when nothing measures the wait.</summary>
        public long QueuedAt { get; set; }
    }

    private sealed class Write(OrdersDbContext db, Func<CancellationToken, Task<Result>> work, CancellationToken ct) : Turn
    {
        private const string Savepoint = "unit_of_work";

        private readonly TaskCompletionSource<Result> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        // The caller's context (its logging scope, its HTTP request) goes with the work onto the writer's loop.
        private readonly ExecutionContext? _caller = ExecutionContext.Capture();
        private Result? _outcome;
        private Exception? _thrown;

        public Task<Result> Answer => _answer.Task;

        public bool TryCancel() => ct.IsCancellationRequested && _answer.TrySetCanceled(ct);

        public async Task<bool> RunAsync(SqliteTransaction transaction)
        {
            transaction.Save(Savepoint);
            var connectionString = db.Database.GetConnectionString();
            Result result;
            try
            {
                db.Database.SetDbConnection(transaction.Connection);
                await using (await db.Database.UseTransactionAsync(transaction, ct)) result = await StartWork();
            }
            catch (Exception ex)
            {
                Undo(transaction);
                _thrown = ex;
                return false;
            }
            finally
            {
                // Back to a connection of its own, for whatever the caller reads next.
                db.Database.SetDbConnection(null, contextOwnsConnection: true);
                db.Database.SetConnectionString(connectionString);
            }

            _outcome = result;
            if (result.IsSuccess)
            {
                transaction.Release(Savepoint);
                return true;
            }

            Undo(transaction);
            return false;
        }

        public void Succeed() => _answer.TrySetResult(_outcome!);

        /// <summary>Answers a unit that failed on its own, once its group has ended.</summary>
        public void Refuse()
        {
            if (_thrown is { } thrown) _answer.TrySetException(thrown);
            else _answer.TrySetResult(_outcome!);
        }

        public void Fail(Exception exception) => _answer.TrySetException(exception);

        private Task<Result> StartWork()
        {
            if (_caller is null) return work(ct);
            Task<Result>? started = null;
            ExecutionContext.Run(_caller, _ => started = work(ct), null);
            return started!;
        }

        private static void Undo(SqliteTransaction transaction)
        {
            transaction.Rollback(Savepoint);
            transaction.Release(Savepoint);
        }
    }

    private sealed class GateTurn : Turn
    {
        private readonly TaskCompletionSource<IDisposable> _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _left = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenRegistration _canceled;

        public GateTurn(CancellationToken ct) => _canceled = ct.Register(() => _entered.TrySetCanceled(ct));

        public Task<IDisposable> Entered => _entered.Task;

        /// <summary>Lets the waiting writer in and waits until it leaves; a writer that gave up is skipped.</summary>
        public Task HoldAsync()
        {
            _canceled.Dispose();
            return _entered.TrySetResult(new Leave(_left)) ? _left.Task : Task.CompletedTask;
        }

        private sealed class Leave(TaskCompletionSource left) : IDisposable
        {
            public void Dispose() => left.TrySetResult();
        }
    }
}
