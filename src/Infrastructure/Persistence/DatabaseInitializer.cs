using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orders.Infrastructure.Persistence;

public static partial class DatabaseInitializer
{
    // Ids of the hand-written migrations that came before the generated sets; their databases are not upgraded.
    private static readonly string[] HandWrittenMigrations = ["20261123000000_Initial", "20261123010000_Notifications"];

    /// <summary>Where <see cref="DatabaseOptions.MigrateOnStart"/> is true (the default), applies the configured engine's
    /// pending migrations (several instances starting at once take turns through EF's migration lock) and switches SQLite
    /// to WAL; where it is false, changes nothing and only says, once, when the database is behind (the host then stays
    /// not ready, see <see cref="SchemaCheck"/>). On PostgreSQL it first refuses to go on without durable commits
    /// (<see cref="PostgresDurability"/>). Then seeds the demo catalog into an empty, current database when asked.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, bool seedDemoData, CancellationToken ct = default)
    {
        var migrate = services.GetService<DatabaseOptions>()?.MigrateOnStart ?? true;
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));
        // A host that would acknowledge writes it could lose does not start.
        if (db.Database.IsNpgsql()) await PostgresDurability.EnsureAsync(db, ct);
        if (migrate) await MigrateAsync(db, logger, ct);
        else if ((await services.GetRequiredService<SchemaCheck>().PendingMigrationsAsync(ct)).Count > 0) return;

        services.GetService<SchemaCheck>()?.MarkCurrent();
        if (seedDemoData && await DemoData.SeedIfEmptyAsync(db, scope.ServiceProvider, ct))
            LogSeeded(logger);
    }

    /// <summary>Applies the pending migrations whatever <see cref="DatabaseOptions.MigrateOnStart"/> says: the deploy
    /// step (<c>Orders.Worker migrate</c>). Throws, saying why, when the database cannot be reached or migrated.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        await MigrateAsync(db, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer)), ct);
        services.GetService<SchemaCheck>()?.MarkCurrent();
    }

    private static async Task MigrateAsync(OrdersDbContext db, ILogger logger, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes; the setting is kept in the database file.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }

        var applied = await db.Database.GetAppliedMigrationsAsync(ct);
        if (applied.Any(HandWrittenMigrations.Contains))
            throw new InvalidOperationException(
                "This database was made by the hand-written migrations of an earlier version, which are not upgraded: " +
                "start from a new database file (SQLite) or an empty database (PostgreSQL).");

        // Migrate compares the model with its snapshot before it looks for work: a quarter of a second of each start,
        // for nothing when the database is up to date (CI checks that no model change lacks its migration).
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any()) await db.Database.MigrateAsync(ct);
        LogMigrated(logger, db.Database.ProviderName ?? "?");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo catalog and discount code WELCOME10")]
    private static partial void LogSeeded(ILogger logger);
}
