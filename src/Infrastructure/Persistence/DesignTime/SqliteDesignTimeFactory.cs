using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Orders.Infrastructure.Persistence.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the API. Adding a migration and checking
/// for model changes never open the database, so the connection string is only a placeholder.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOrdersDbContext>
{
    public SqliteOrdersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOrdersDbContext>().UseOrdersSqlite("Data Source=orders.db").Options);
}
