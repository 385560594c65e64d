using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
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

    [Fact]
    public async Task Initialize_WhenOrdersPredateTheSearchText_FoldsTheirNumberAndProductNamesIntoIt()
    {
        await using var services = Services();
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_OrderViewsAndSearchText", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
        }
        await Strings("""
            INSERT INTO "Orders" ("Id", "CreatedAt", "Currency", "DiscountAmount", "OrderNumber", "PaymentMethod", "PaymentStatus",
                "ShippingCost", "ShippingMethod", "Status", "Subtotal", "Tax", "Total", "UpdatedAt", "UserId", "Version", "ShippingFullName")
            VALUES ('old-order', '2026-11-30 10:00:00', 'EUR', 0, '2026-11-0007', 'Card', 'RequiresPayment', 0, 'Pickup', 'Pending',
                2000, 0, 2000, '2026-11-30 10:00:00', 'user-1', 1, 'Ana');
            INSERT INTO "OrderLines" ("Id", "LineTotal", "OrderId", "ProductId", "ProductName", "Quantity", "UnitPrice")
            VALUES ('line-1', 1000, 'old-order', 'p1', 'Ñandú LAMP', 1, 1000);
            """);

        await services.InitializeDatabaseAsync(seedDemoData: false);

        (await Strings("""SELECT "SearchText" FROM "Orders" WHERE "Id" = 'old-order'""")).ShouldBe(["2026-11-0007 ñandú lamp"]);
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
