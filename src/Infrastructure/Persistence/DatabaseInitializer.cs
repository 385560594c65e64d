using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orders.Infrastructure.Persistence;

public static partial class DatabaseInitializer
{
    // Ids of the hand-written migrations that came before the generated sets; their databases are not upgraded.
    private static readonly string[] HandWrittenMigrations = ["20261123000000_Initial", "20261123010000_Notifications"];

    /// <summary>Applies the configured engine's pending migrations (several instances starting at once take turns
    /// through EF's migration lock), switches SQLite to WAL, and seeds the demo catalog into an empty database when
    /// asked.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, bool seedDemoData, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseInitializer));

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

        if (seedDemoData && await DemoData.SeedIfEmptyAsync(db, scope.ServiceProvider, ct))
            LogSeeded(logger);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo catalog and discount code WELCOME10")]
    private static partial void LogSeeded(ILogger logger);
}
