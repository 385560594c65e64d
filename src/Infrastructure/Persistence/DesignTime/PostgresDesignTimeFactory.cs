using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Orders.Infrastructure.Persistence.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context without a server: adding a migration and checking for
/// model changes never connect, so the connection string is only a placeholder.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOrdersDbContext>
{
    public PostgresOrdersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOrdersDbContext>().UseOrdersPostgres("Host=localhost;Database=orders").Options);
}
