using Microsoft.Data.Sqlite;

namespace Orders.Infrastructure.Persistence;

/// <summary>A 2xx on a write means the change is on disk: every connection runs with <c>synchronous=FULL</c>, which in
/// WAL mode syncs the log on each commit, instead of whatever default the bundled SQLite was compiled with (NORMAL can
/// lose the last commits on power loss). A writer in another process makes us wait up to the busy timeout
/// (<c>Database:BusyTimeoutSeconds</c>, default 5 s; Microsoft.Data.Sqlite retries SQLITE_BUSY for the command timeout).
/// Applied once per native connection by <see cref="SqliteConnectionSetup"/>.</summary>
internal static class SqliteDurability
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

    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL;";
        command.ExecuteNonQuery();
    }
}
