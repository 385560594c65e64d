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
}
