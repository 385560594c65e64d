using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Orders.Infrastructure.Persistence;

/// <summary>A 2xx on a write means the change is on disk: every connection runs with <c>synchronous=FULL</c>, which in
/// WAL mode syncs the log on each commit, instead of whatever default the bundled SQLite was compiled with (NORMAL can
/// lose the last commits on power loss). A writer in another process makes us wait up to the busy timeout
/// (<c>Database:BusyTimeoutSeconds</c>, default 5 s; Microsoft.Data.Sqlite retries SQLITE_BUSY for the command timeout).</summary>
internal sealed class SqliteDurability : DbConnectionInterceptor
{
    public const int DefaultBusyTimeoutSeconds = 5;

    /// <summary>The connection string with the busy timeout: an explicit setting wins over the string's own
    /// <c>Default Timeout</c>, which wins over the default.</summary>
    public static string WithBusyTimeout(string connectionString, int? busyTimeoutSeconds)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var ownTimeout = connectionString.Contains("Timeout", StringComparison.OrdinalIgnoreCase);
        if (busyTimeoutSeconds is not null || !ownTimeout) builder.DefaultTimeout = busyTimeoutSeconds ?? DefaultBusyTimeoutSeconds;
        return builder.ToString();
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Pragma(connection);
        command?.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Pragma(connection);
        if (command is not null) await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand? Pragma(DbConnection connection)
    {
        if (connection is not SqliteConnection) return null;
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL;";
        return command;
    }
}
