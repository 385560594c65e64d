using System.Data;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Infrastructure.Telemetry;
using SQLitePCL;

namespace Orders.Infrastructure.Persistence;

/// <summary>SQLite's one writer, committing in groups. Units of work queue here and one loop takes every one waiting:
/// it runs each in a savepoint of one transaction on the writer's own connection (one that fails rolls back to its
/// savepoint and affects no other), commits them together, so that one fsync serves the whole group, and only then
/// answers each caller. Writers outside a unit of work take the <see cref="IWriteGate"/> and get their turn between
/// groups, on their own connections.
/// <para>Nothing can hang it: a unit that waits and runs longer than <see cref="DatabaseOptions.WriteTimeoutSeconds"/>
/// is answered <see cref="UnitOfWorkErrors.Busy"/> (a caller that gives up first, canceled) at once, wherever it is;
/// one still queued is skipped later, one still running is abandoned — rolled back to its savepoint and fenced off the
/// connection, so that nothing it does afterwards is written — and the loop goes on with the others. A gate holder
/// keeps its turn for at most as long. A loop that dies is restarted after a pause, and <see cref="IsRunning"/> is
/// false meanwhile (readiness reports it).</para></summary>
public sealed partial class SqliteGroupCommit : IWriteTransactions, IWriteGate, IAsyncDisposable
{
    /// <summary>The most units of work one commit takes: the first of a group waits for at most this many.</summary>
    public const int MaxGroupSize = 64;

    /// <summary>The pause before the first restart of a dead loop; it doubles while the loop keeps dying without a
    /// commit, up to <see cref="LastRestartDelay"/>, so a loop that cannot live does not spin.</summary>
    public static readonly TimeSpan FirstRestartDelay = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan LastRestartDelay = TimeSpan.FromSeconds(30);

    private const string Savepoint = "unit_of_work";

    // The unit whose work runs on this flow. SQLite asks the authorizer while it prepares each statement, on the thread
    // that runs it: that is how a statement of an abandoned unit is told from the loop's and the next unit's.
    private static readonly AsyncLocal<Write?> Running = new();
    private static readonly delegate_authorizer Authorizer = Authorize;

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly OrdersMetrics _metrics;
    private readonly ILogger<SqliteGroupCommit> _logger;
    private readonly Channel<Turn> _queue = Channel.CreateUnbounded<Turn>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _starting = new();
    private readonly CancellationTokenSource _disposing = new();

    // What the loop holds between its turns, kept here so that the supervisor answers all of it should the loop die.
    private readonly List<Write> _group = new(MaxGroupSize);
    // Units that failed on their own are answered after their group ends too: a caller that retries on a lost race
    // then reads what the winner committed, not what it is about to commit.
    private readonly List<Write> _refused = [];
    private SqliteTransaction? _transaction;
    private Turn? _taken;

    private Task? _supervisor;
    private TimeSpan _restartDelay = FirstRestartDelay;
    private volatile bool _down;
    private long _groups;
    private long _committed;
    private int _waiting;

    public SqliteGroupCommit(
        IServiceScopeFactory scopes, DatabaseOptions options, TimeProvider clock, OrdersMetrics metrics, ILogger<SqliteGroupCommit> logger)
    {
        _scopes = scopes;
        _clock = clock;
        _metrics = metrics;
        _logger = logger;
        WriteTimeout = TimeSpan.FromSeconds(options.WriteTimeoutSeconds);
    }

    /// <summary>How long a unit of work may wait and run, together, before its caller is answered 503.</summary>
    public TimeSpan WriteTimeout { get; }

    /// <summary>False from the moment the loop died until it runs again.</summary>
    public bool IsRunning => !_down;

    /// <summary>Commits made, each for one group.</summary>
    public long GroupsCommitted => Interlocked.Read(ref _groups);

    /// <summary>Units of work committed, over all groups.</summary>
    public long UnitsCommitted => Interlocked.Read(ref _committed);

    /// <summary>Turns queued and not yet taken by the loop.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>A test's seam: awaited by the loop as it takes each turn, outside any unit's handling, so that what it
    /// throws kills the loop as a bug of the loop's own would.</summary>
    internal Func<Task>? OnTurn { get; set; }

    public Task<Result> RunAsync(OrdersDbContext db, Func<CancellationToken, Task<Result>> work, CancellationToken ct)
    {
        var write = new Write(db, work, ct, WriteTimeout, _clock);
        Enqueue(write);
        return write.Answer;
    }

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        var turn = new GateTurn(ct);
        Enqueue(turn);
        return await turn.Entered;
    }

    // The container disposes it once for each service it is registered as.
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _disposing.CancelAsync();
        if (_supervisor is { } supervisor) await supervisor;
    }

    private void Enqueue(Turn turn)
    {
        // Read the clock only for a listener: the queue's wait is a metric, and nothing else needs the time.
        if (_metrics.TimesWriterQueue) turn.QueuedAt = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _waiting);
        if (!_queue.Writer.TryWrite(turn))
        {
            Interlocked.Decrement(ref _waiting);
            throw new ObjectDisposedException(nameof(SqliteGroupCommit));
        }

        if (_supervisor is not null) return;
        lock (_starting)
        {
            // The loop is no caller's: it must not carry the first one's logging scope, trace or unit along.
            if (_supervisor is null)
            {
                using (ExecutionContext.SuppressFlow()) _supervisor = Task.Run(SuperviseAsync);
            }
        }
    }

    private async Task SuperviseAsync()
    {
        while (true)
        {
            try
            {
                await WriteLoopAsync();
                return;
            }
            catch (Exception ex)
            {
                _down = true;
                // The pause starts before anyone hears of the death, so whoever does finds the restart already timed.
                var restart = Task.Delay(_restartDelay, _clock, _disposing.Token);
                LogLoopDied(_logger, ex, _restartDelay.TotalSeconds);
                AnswerInFlight();
                _restartDelay = TimeSpan.FromTicks(Math.Min(_restartDelay.Ticks * 2, LastRestartDelay.Ticks));
                try
                {
                    await restart;
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task WriteLoopAsync()
    {
        await using var scope = _scopes.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        if (_down)
        {
            _down = false;
            LogLoopRestarted(_logger);
        }

        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                while (_group.Count < MaxGroupSize && _queue.Reader.TryRead(out var turn))
                {
                    _taken = turn;
                    Interlocked.Decrement(ref _waiting);
                    if (OnTurn is { } hook) await hook();
                    if (turn is GateTurn gate)
                    {
                        Commit();
                        Refuse();
                        Started(turn);
                        await HoldAsync(gate);
                    }
                    else if (((Write)turn).TryStart())
                    {
                        Started(turn);
                        await RunAsync(writer, (Write)turn);
                    }
                    else
                    {
                        // Answered while it waited: its caller gave up or its time ran out.
                        ((Write)turn).Finish();
                    }

                    _taken = null;
                }

                Commit();
                Refuse();
            }
        }
        finally
        {
            // A loop that dies rolls its open group back before the supervisor answers its units.
            DisposeTransaction();
            await writer.Database.CloseConnectionAsync();
        }
    }

    private async Task RunAsync(OrdersDbContext writer, Write write)
    {
        Outcome outcome;
        try
        {
            _transaction ??= await BeginAsync(writer);
            outcome = await write.RunAsync(_transaction);
        }
        catch (Exception ex)
        {
            // The transaction itself failed: BEGIN refused (the file locked by another process past the busy timeout),
            // or a savepoint could not be set or rolled back.
            write.Fail(ex);
            write.Finish();
            Abandon(ex);
            return;
        }

        switch (outcome)
        {
            case Outcome.Kept:
                _group.Add(write);
                return;
            case Outcome.Refused:
                _refused.Add(write);
                return;
            default:
                Fence(write);
                return;
        }
    }

    // The unit ran past its time and is still running, on a thread of its own, with the writer's connection in its
    // context. Whatever it still does must not end up in the group's commit: its statements are refused from now on
    // (the authorizer sees it abandoned on its flow; statements it prepared before are expired so SQLite prepares
    // them again, and refuses them), a statement it is running is interrupted, and its savepoint is rolled back.
    private void Fence(Write write)
    {
        var transaction = _transaction!;
        var handle = transaction.Connection!.Handle!;
        write.Abandon();
        raw.sqlite3_interrupt(handle);
        raw.sqlite3_set_authorizer(handle, Authorizer, null);
        LogAbandoned(_logger, WriteTimeout.TotalSeconds);
        try
        {
            Undo(transaction);
        }
        catch (Exception ex)
        {
            // Its savepoint could not be rolled back alone: nothing of the group is kept, and each of them may retry.
            LogGroupLost(_logger, ex);
            foreach (var member in _group) member.Lose();
            _group.Clear();
            DisposeTransaction();
        }

        write.AnswerOverrun();
        write.Finish();
    }

    private async Task HoldAsync(GateTurn gate)
    {
        try
        {
            await gate.HoldAsync().WaitAsync(WriteTimeout, _clock);
        }
        catch (TimeoutException)
        {
            // Its statements run on its own connection, which SQLite's lock still keeps apart from ours: the groups
            // after it wait for that lock at most the busy timeout, and answer 503 rather than wait for ever.
            LogGateOverran(_logger, WriteTimeout.TotalSeconds);
        }
    }

    private void Started(Turn turn)
    {
        if (turn.QueuedAt != 0) _metrics.WriterWaited(turn.QueuedAt, turn is GateTurn);
    }

    // EF opens the writer's connection, so it is set up like every other (its functions, our durability pragma); the
    // authorizer goes on each native connection the writer opens.
    private static async Task<SqliteTransaction> BeginAsync(OrdersDbContext writer)
    {
        var connection = (SqliteConnection)writer.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await writer.Database.OpenConnectionAsync();
            raw.sqlite3_set_authorizer(connection.Handle!, Authorizer, null);
        }

        return connection.BeginTransaction(deferred: false);
    }

    private void Commit()
    {
        if (_transaction is not { } transaction) return;
        try
        {
            transaction.Commit();
        }
        catch (Exception ex)
        {
            Abandon(ex);
            return;
        }

        _transaction = null;
        Interlocked.Increment(ref _groups);
        Interlocked.Add(ref _committed, _group.Count);
        _restartDelay = FirstRestartDelay;
        LogCommitted(_logger, _group.Count);
        foreach (var write in _group)
        {
            write.Succeed();
            write.Finish();
        }

        _group.Clear();
        transaction.Dispose();
    }

    private void Refuse()
    {
        foreach (var write in _refused)
        {
            write.Refuse();
            write.Finish();
        }

        _refused.Clear();
    }

    // Nothing of the group is committed, so every member is told.
    private void Abandon(Exception lost)
    {
        foreach (var write in _group)
        {
            write.Fail(lost);
            write.Finish();
        }

        _group.Clear();
        DisposeTransaction();
    }

    // SQLite may have rolled back already (a failed commit), and the rollback on disposal then throws: the loop must
    // live on for the next group.
    private void DisposeTransaction()
    {
        try
        {
            _transaction?.Dispose();
        }
        catch (SqliteException ex)
        {
            LogRollbackFailed(_logger, ex);
        }

        _transaction = null;
    }

    // After the loop died (and its connection, with the open group, was rolled back): no unit it held is left waiting.
    private void AnswerInFlight()
    {
        foreach (var write in _group) write.Lose();
        _group.Clear();
        Refuse();
        switch (_taken)
        {
            case Write write:
                write.Lose();
                write.Finish();
                break;
            case GateTurn gate:
                gate.Lose();
                break;
        }

        _taken = null;
        _transaction = null;
    }

    private static void Undo(SqliteTransaction transaction)
    {
        transaction.Rollback(Savepoint);
        transaction.Release(Savepoint);
    }

    private static int Authorize(object userData, int actionCode, utf8z param0, utf8z param1, utf8z dbName, utf8z trigger) =>
        Running.Value is { IsAbandoned: true } ? raw.SQLITE_DENY : raw.SQLITE_OK;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Committed {Count} unit(s) of work in one transaction")]
    private static partial void LogCommitted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rolling back a failed group's transaction failed")]
    private static partial void LogRollbackFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "A unit of work ran past the write timeout ({Seconds} s); abandoned and rolled back, its caller answered 503")]
    private static partial void LogAbandoned(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rolling an abandoned unit of work back to its savepoint failed; its group is lost")]
    private static partial void LogGroupLost(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "A writer outside a unit of work kept its turn past the write timeout ({Seconds} s); the writer goes on")]
    private static partial void LogGateOverran(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The SQLite writer loop died; restarting it in {Seconds} s")]
    private static partial void LogLoopDied(ILogger logger, Exception exception, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SQLite writer loop runs again")]
    private static partial void LogLoopRestarted(ILogger logger);

    private enum Outcome
    {
        Kept,
        Refused,
        Overran,
    }

    private abstract class Turn
    {
        /// <summary>When it was queued (a <see cref="Stopwatch"/> timestamp), or 0 when nothing measures the wait.</summary>
        public long QueuedAt { get; set; }
    }

    private sealed class Write : Turn
    {
        private const int Queued = 0;
        private const int Started = 1;
        private const int Expired = 2;

        private readonly TaskCompletionSource<Result> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);
        // The caller's context (its logging scope, its HTTP request) goes with the work onto the writer's loop.
        private readonly ExecutionContext? _caller = ExecutionContext.Capture();
        private readonly OrdersDbContext _db;
        private readonly Func<CancellationToken, Task<Result>> _work;
        private readonly CancellationToken _ct;
        // Canceled when the caller gives up or the unit's time runs out, whichever comes first; the work gets it.
        private readonly CancellationTokenSource _limit;
        private readonly CancellationTokenRegistration _callerGaveUp;
        private readonly CancellationTokenRegistration _limitReached;
        private readonly TimeProvider _clock;
        private readonly DateTimeOffset _deadline;
        private int _state;
        private volatile bool _abandoned;
        private Task<Result>? _running;
        private Result? _outcome;
        private Exception? _thrown;

        public Write(OrdersDbContext db, Func<CancellationToken, Task<Result>> work, CancellationToken ct, TimeSpan timeout, TimeProvider clock)
        {
            _db = db;
            _work = work;
            _ct = ct;
            _clock = clock;
            _deadline = clock.GetUtcNow() + timeout;
            _limit = new CancellationTokenSource(timeout, clock);
            _limitReached = _limit.Token.UnsafeRegister(static s => ((Write)s!).Expire(), this);
            _callerGaveUp = ct.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), _limit);
        }

        public Task<Result> Answer => _answer.Task;

        public bool IsAbandoned => _abandoned;

        /// <summary>Whether the loop may run it: false once it was answered while it waited.</summary>
        public bool TryStart()
        {
            // Its time may have run out a moment ago with its timer's callback still to come (a clock's timers fire one
            // after another): it is answered busy then, as it would have been had the callback come first.
            if (_clock.GetUtcNow() >= _deadline) Expire();
            return Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;
        }

        /// <summary>Runs the work in a savepoint on a thread of its own and waits for it until the unit's limit.</summary>
        public async Task<Outcome> RunAsync(SqliteTransaction transaction)
        {
            transaction.Save(Savepoint);
            var running = _running = Task.Run(() => RunOnAsync(transaction));
            try
            {
                await running.WaitAsync(_limit.Token);
            }
            catch
            {
                // Judged below, from the work's own state.
            }

            if (!running.IsCompleted) return Outcome.Overran;
            if (running.IsCompletedSuccessfully) _outcome = running.Result;
            else _thrown = running.Exception?.GetBaseException() ?? new OperationCanceledException(_limit.Token);

            if (_outcome is { IsSuccess: true })
            {
                transaction.Release(Savepoint);
                return Outcome.Kept;
            }

            Undo(transaction);
            return Outcome.Refused;
        }

        public void Succeed() => _answer.TrySetResult(_outcome!);

        /// <summary>Answers a unit that failed on its own, once its group has ended.</summary>
        public void Refuse()
        {
            if (_thrown is OperationCanceledException && !_ct.IsCancellationRequested && _limit.IsCancellationRequested)
                _answer.TrySetResult(UnitOfWorkErrors.Busy);
            else if (_thrown is { } thrown) _answer.TrySetException(thrown);
            else _answer.TrySetResult(_outcome!);
        }

        public void Fail(Exception exception) => _answer.TrySetException(exception);

        /// <summary>Nothing of it was kept through no fault of its own (the writer died, its group was lost).</summary>
        public void Lose() => _answer.TrySetResult(UnitOfWorkErrors.Busy);

        public void Abandon() => _abandoned = true;

        public void AnswerOverrun()
        {
            if (_ct.IsCancellationRequested) _answer.TrySetCanceled(_ct);
            else _answer.TrySetResult(UnitOfWorkErrors.Busy);
        }

        /// <summary>Lets go of the caller's token and of the timer, once the unit is answered and the loop is done with it.
        /// The limit of an abandoned unit stays: its work may still hold the token.</summary>
        public void Finish()
        {
            _callerGaveUp.Dispose();
            _limitReached.Dispose();
            if (_running is null || _running.IsCompleted) _limit.Dispose();
        }

        // The limit passed or the caller gave up: a unit still queued is answered now, and skipped when its turn comes.
        private void Expire()
        {
            if (Interlocked.CompareExchange(ref _state, Expired, Queued) != Queued) return;
            if (_ct.IsCancellationRequested) _answer.TrySetCanceled(_ct);
            else _answer.TrySetResult(UnitOfWorkErrors.Busy);
        }

        private async Task<Result> RunOnAsync(SqliteTransaction transaction)
        {
            var connectionString = _db.Database.GetConnectionString();
            try
            {
                _db.Database.SetDbConnection(transaction.Connection);
                await using (await _db.Database.UseTransactionAsync(transaction, _limit.Token)) return await StartWork();
            }
            finally
            {
                // Back to a connection of its own, for whatever the caller reads next.
                _db.Database.SetDbConnection(null, contextOwnsConnection: true);
                _db.Database.SetConnectionString(connectionString);
            }
        }

        // In the caller's context, marked as this unit's flow: the mark goes with every continuation of its work, and only
        // with those, so the authorizer knows its statements wherever they run.
        private Task<Result> StartWork()
        {
            if (_caller is null)
            {
                Running.Value = this;
                return _work(_limit.Token);
            }

            Task<Result>? started = null;
            ExecutionContext.Run(_caller, _ =>
            {
                Running.Value = this;
                started = _work(_limit.Token);
            }, null);
            return started!;
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

        /// <summary>The loop died before this writer's turn: it is told, and may try again.</summary>
        public void Lose()
        {
            _canceled.Dispose();
            _entered.TrySetException(new InvalidOperationException("The SQLite writer stopped before this writer's turn; try again."));
        }

        private sealed class Leave(TaskCompletionSource left) : IDisposable
        {
            public void Dispose() => left.TrySetResult();
        }
    }
}
