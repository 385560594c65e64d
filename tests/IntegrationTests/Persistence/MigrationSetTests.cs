using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orders.Infrastructure;
using Orders.Infrastructure.Persistence;

namespace Orders.IntegrationTests.Persistence;

/// <summary>The same check CI runs with <c>dotnet ef migrations has-pending-model-changes</c>, so a model change
/// without a migration fails <c>dotnet test</c> too. Neither check opens a database.</summary>
public sealed class MigrationSetTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Migrations_WhenComparedWithTheModel_HaveNoPendingChanges(DatabaseProvider provider)
    {
        using var db = Context(provider);

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"the {provider} model changed without a migration: see docs/operations.md, \"Migrations\"");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, typeof(SqliteOrdersDbContext))]
    [InlineData(DatabaseProvider.Postgres, typeof(PostgresOrdersDbContext))]
    public void AddInfrastructure_ForEachProvider_GivesServicesThatProvidersContext(DatabaseProvider provider, Type expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Orders"] = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused",
            ["Outbox:DispatcherEnabled"] = "false",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddInfrastructure(configuration).BuildServiceProvider();
        using var scope = services.CreateScope();

        scope.ServiceProvider.GetRequiredService<OrdersDbContext>().ShouldBeOfType(expected);
    }

    private static OrdersDbContext Context(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteOrdersDbContext(
            new DbContextOptionsBuilder<SqliteOrdersDbContext>().UseOrdersSqlite("Data Source=:memory:").Options),
        _ => new PostgresOrdersDbContext(
            new DbContextOptionsBuilder<PostgresOrdersDbContext>().UseOrdersPostgres("Host=127.0.0.1;Database=unused").Options),
    };
}
