using Microsoft.Extensions.Options;
using Orders.Infrastructure.Persistence;

namespace Orders.Worker;

/// <summary>What the worker does: run the background work until stopped, or apply the migrations and exit. Either
/// exits non-zero, having logged why, when the settings or the database do not allow it.</summary>
public static partial class WorkerCommands
{
    /// <summary>The outbox dispatcher and the housekeeping (registered by AddInfrastructure) until SIGTERM or Ctrl+C. The
    /// database is migrated first where <c>Database:MigrateOnStart</c> allows it; where not, the work waits for it.</summary>
    public static async Task<int> RunAsync(IHost host)
    {
        var logger = Logger(host);
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            await host.Services.InitializeDatabaseAsync(seedDemoData: false);
            await host.RunAsync();
            return 0;
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex.Message, ex);
            return 1;
        }
    }

    /// <summary>The deploy step: applies every pending migration whatever <c>Database:MigrateOnStart</c> says.</summary>
    public static async Task<int> MigrateAsync(IHost host)
    {
        var logger = Logger(host);
        try
        {
            // Settings first: a bad one (an unknown provider, say) is named before the database is touched.
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            await host.Services.MigrateDatabaseAsync();
            return 0;
        }
        catch (Exception ex)
        {
            LogMigrationFailed(logger, ex.Message, ex);
            return 1;
        }
    }

    private static ILogger Logger(IHost host) => host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Orders.Worker");

    [LoggerMessage(Level = LogLevel.Critical, Message = "The worker stopped: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason, Exception ex);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Could not migrate the database: {Reason}")]
    private static partial void LogMigrationFailed(ILogger logger, string reason, Exception ex);
}
