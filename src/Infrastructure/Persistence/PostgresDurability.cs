using Microsoft.EntityFrameworkCore;

namespace Orders.Infrastructure.Persistence;

/// <summary>A 2xx on a write means the change is on disk, which on PostgreSQL holds only while a commit waits for its
/// WAL to be flushed: <c>synchronous_commit</c> must not be <c>off</c> for the service's connections, whether the
/// server, the database, the role or the connection string's <c>Options</c> turned it off. Checked on a real
/// connection when a host starts, so any of those places is seen. <c>on</c> is the server default; <c>remote_apply</c>,
/// <c>remote_write</c> and <c>local</c> flush the local WAL too (they differ only in how they wait for standbys).</summary>
internal static class PostgresDurability
{
    public const string Setting = "synchronous_commit";

    private static readonly string[] Durable = ["on", "remote_apply", "remote_write", "local"];

    public static async Task EnsureAsync(OrdersDbContext db, CancellationToken ct)
    {
        string value;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SHOW " + Setting;
            value = Convert.ToString(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) ?? "";
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        if (!Durable.Contains(value, StringComparer.OrdinalIgnoreCase))
            throw new InvalidOperationException(
                $"PostgreSQL runs this service's connections with {Setting}={value}, so a commit the service has acknowledged " +
                $"can be lost in a crash. Set {Setting}=on (the server default): in postgresql.conf, with ALTER DATABASE or " +
                $"ALTER ROLE ... SET {Setting} = on, and not in the connection string's Options.");
    }
}
