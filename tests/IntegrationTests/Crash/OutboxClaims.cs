using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Orders.IntegrationTests.Crash;

/// <summary>The outbox claims a process held when it was killed, read straight from the database: the API does not
/// show who holds a message. A claim of a dead process stays in the row until its lease runs out and another dispatcher
/// takes the message over, so read before any other dispatcher runs (or filter by the dead process).</summary>
public static class OutboxClaims
{
    /// <summary>Messages still pending with a claim on them, per kind; only those of process <paramref name="processId"/>
    /// when given (a claim is signed <c>machine:pid:guid</c>).</summary>
    public static async Task<Dictionary<string, int>> HeldAsync(string provider, string connectionString, int? processId = null)
    {
        await using DbConnection connection = provider == "Postgres"
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT "Kind", COUNT(*) FROM "OutboxMessages"
            WHERE "Status" = 'Pending' AND "LockedBy" IS NOT NULL AND "LockedBy" LIKE @owner
            GROUP BY "Kind"
            """;
        var owner = command.CreateParameter();
        owner.ParameterName = "@owner";
        owner.Value = processId is { } id ? $"%:{id.ToString(CultureInfo.InvariantCulture)}:%" : "%";
        command.Parameters.Add(owner);
        var held = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) held[reader.GetString(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        return held;
    }
}
