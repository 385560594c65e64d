namespace Orders.Infrastructure.Persistence;

/// <summary>The <c>Database</c> section: which engine, and its connection string (<c>ConnectionStrings:Orders</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Whether a host applies the pending migrations when it starts. False where migrations are a deploy step
    /// (<c>Orders.Worker migrate</c>): a host then never changes the schema, and while the database is behind it stays
    /// not ready and runs no background work.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>SQLite: the longest a unit of work may wait for the writer and run in it, together, before its caller
    /// gets 503 (and the longest the writer lets a gate holder keep its turn). Far above a healthy write (milliseconds),
    /// below the timeouts of the clients and proxies in front of the API, so the caller hears "retry" from us.</summary>
    public double WriteTimeoutSeconds { get; set; } = 10;

    public IEnumerable<string> Problems()
    {
        if (WriteTimeoutSeconds is <= 0 or > 300) yield return "Database:WriteTimeoutSeconds must be above 0 and at most 300.";
    }
}
