namespace Orders.Infrastructure.Persistence;

/// <summary>The <c>Database</c> section: which engine, and its connection string (<c>ConnectionStrings:Orders</c>).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
