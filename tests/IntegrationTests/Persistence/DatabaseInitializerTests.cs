using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orders.Infrastructure;
using Orders.Infrastructure.Persistence;

namespace Orders.IntegrationTests.Persistence;

public sealed class DatabaseInitializerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orders-init-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_directory, "orders.db")}";

    [Fact]
    public async Task Initialize_WhenDatabaseIsNew_AppliesTheSqliteMigrations()
    {
        await using var services = Services();

        await services.InitializeDatabaseAsync(seedDemoData: false);

        (await Strings("SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"")).First().ShouldEndWith("_Initial");
    }

    [Fact]
    public async Task Initialize_WhenDatabaseWasMadeByTheHandWrittenMigrations_FailsAndSaysToStartAfresh()
    {
        await Strings("""
            CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
            INSERT INTO "__EFMigrationsHistory" VALUES ('20261123000000_Initial', '10.0.15'), ('20261123010000_Notifications', '10.0.15');
            """);
        await using var services = Services();

        var error = await Should.ThrowAsync<InvalidOperationException>(() => services.InitializeDatabaseAsync(seedDemoData: false));

        error.Message.ShouldContain("new database file");
    }

    private ServiceProvider Services() => new ServiceCollection().AddLogging()
        .AddInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Orders"] = ConnectionString,
            ["Outbox:DispatcherEnabled"] = "false",
        }).Build())
        .BuildServiceProvider();

    private async Task<List<string>> Strings(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync()) values.Add(reader.GetString(0));
        return values;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
