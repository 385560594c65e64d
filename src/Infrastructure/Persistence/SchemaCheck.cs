using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orders.Infrastructure.Persistence;

/// <summary>Whether the database has every migration of this build. Only reads: a host that may not migrate
/// (<see cref="DatabaseOptions.MigrateOnStart"/> false) asks it for its readiness and before its background work starts,
/// and says once why it waits. Once the schema is current the answer is kept, since a schema does not go back.</summary>
public sealed partial class SchemaCheck(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SchemaCheck> logger)
{
    private static readonly TimeSpan WaitInterval = TimeSpan.FromSeconds(2);
    private volatile bool _current;
    private int _reportedBehind;

    /// <summary>The migrations of this build the database has not applied, oldest first; empty when it is current.</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken ct)
    {
        if (_current) return [];
        await using var scope = scopes.CreateAsyncScope();
        // On SQLite this reads nothing and creates no file when the database file does not exist yet.
        var pending = (await scope.ServiceProvider.GetRequiredService<OrdersDbContext>().Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count == 0) MarkCurrent();
        else if (Interlocked.Exchange(ref _reportedBehind, 1) == 0) LogBehind(logger, pending.Count, pending[^1]);
        return pending;
    }

    /// <summary>Returns once the database is current (at once where the host migrated at start); until then looks again
    /// every two seconds, through any error of the database.</summary>
    public async Task WaitUntilCurrentAsync(CancellationToken ct)
    {
        while (true)
        {
            try
            {
                if ((await PendingMigrationsAsync(ct)).Count == 0) return;
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                LogCheckFailed(logger, ex);
            }

            await Task.Delay(WaitInterval, clock, ct);
        }
    }

    internal void MarkCurrent()
    {
        if (_current) return;
        _current = true;
        if (Volatile.Read(ref _reportedBehind) == 1) LogCaughtUp(logger);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is behind this build: {Count} migration(s) not applied, " +
        "the latest {Latest}. Database:MigrateOnStart is false, so this host does not change the schema: it stays not ready " +
        "and runs no background work until the database is migrated (dotnet run --project src/Worker -- migrate)")]
    private static partial void LogBehind(ILogger logger, int count, string latest);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database now has this build's schema; the host is ready")]
    private static partial void LogCaughtUp(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not compare the database's migrations with this build's; trying again")]
    private static partial void LogCheckFailed(ILogger logger, Exception ex);
}
