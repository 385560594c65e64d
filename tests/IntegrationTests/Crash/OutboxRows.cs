using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Orders.IntegrationTests.Crash;

/// <summary>Outbox rows read straight from the database, for what the admin API does not show (who holds a claim) or
/// shows only page by page behind a backlog (which messages have failed).</summary>
public static class OutboxRows
{
    /// <summary>Messages still pending with a claim on them, per kind; only those of process <paramref name="processId"/>
    /// when given (a claim is signed <c>machine:pid:guid</c>). A dead process's claim stays in the row until its lease
    /// runs out and another dispatcher takes the message over, so read before any other dispatcher could.</summary>
    public static Task<Dictionary<string, int>> ClaimedAsync(string provider, string connectionString, int? processId = null) =>
        CountPerKindAsync(provider, connectionString, """
            "Status" = 'Pending' AND "LockedBy" IS NOT NULL AND "LockedBy" LIKE @p
            """, processId is { } id ? $"%:{id.ToString(CultureInfo.InvariantCulture)}:%" : "%");

    /// <summary>Messages still pending after at least <paramref name="attempts"/> failed attempts, per kind.</summary>
    public static Task<Dictionary<string, int>> FailedAsync(string provider, string connectionString, int attempts) =>
        CountPerKindAsync(provider, connectionString, """
            "Status" = 'Pending' AND "LastError" IS NOT NULL AND "Attempts" >= @p
            """, attempts);

    private static async Task<Dictionary<string, int>> CountPerKindAsync(string provider, string connectionString, string where, object value)
    {
        await using DbConnection connection = provider == "Postgres"
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "Kind", COUNT(*) FROM "OutboxMessages" WHERE {where} GROUP BY "Kind" """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p";
        parameter.Value = value;
        command.Parameters.Add(parameter);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) counts[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        return counts;
    }
}
