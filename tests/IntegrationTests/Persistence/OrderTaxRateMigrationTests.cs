using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orders.Infrastructure;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Persistence;

/// <summary>Orders placed before the order kept its tax rate get, from the migration, the rate their stored amounts were
/// taxed at, on both engines, and EF reads back what the SQL wrote.</summary>
public sealed class OrderTaxRateMigrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orders-taxrate-").FullName;

    [Theory]
    [InlineData(DatabaseEngine.Sqlite)]
    [InlineData(DatabaseEngine.Postgres)]
    public async Task Initialize_WhenOrdersPredateTheirTaxRate_DerivesTheRateTheirTaxWasComputedWith(DatabaseEngine engine)
    {
        await using var services = Services(engine);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_OrderTaxRate", StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            // Subtotal, discount and tax in cents, as the orders were priced: API.md's example at 8 %, 8.25 % and 21.5 %
            // (only two decimals give their tax back), no tax at all, and an order discounted to nothing.
            var insert = $"""
                INSERT INTO "Orders" ("Id", "CreatedAt", "Currency", "DiscountAmount", "OrderNumber", "PaymentMethod", "PaymentStatus",
                    "ShippingCost", "ShippingMethod", "Status", "Subtotal", "Tax", "Total", "UpdatedAt", "UserId", "Version",
                    "ShippingFullName", "SearchText")
                VALUES {Old("at-8", 135997, 13600, 9792)}, {Old("at-8-25", 10000, 0, 825)}, {Old("at-21-5", 12345, 0, 2654)},
                    {Old("at-0", 5000, 0, 0)}, {Old("all-off", 1000, 1000, 0)};
                """;
            await db.Database.ExecuteSqlRawAsync(insert);
        }

        await services.InitializeDatabaseAsync(seedDemoData: false);

        await using var check = services.CreateAsyncScope();
        var rates = await check.ServiceProvider.GetRequiredService<OrdersDbContext>().Orders.AsNoTracking()
            .ToDictionaryAsync(o => o.Id, o => o.TaxRatePercent);
        rates.ShouldBe(new Dictionary<string, decimal>
        {
            ["at-8"] = 8m, ["at-8-25"] = 8.25m, ["at-21-5"] = 21.5m, ["at-0"] = 0m, ["all-off"] = 0m,
        }, ignoreOrder: true);
    }

    private static string Old(string id, long subtotal, long discount, long tax) =>
        $"('{id}', '2026-11-30 10:00:00+00:00', 'EUR', {discount}, '2026-11-{id}', 'Card', 'Succeeded', 0, 'Pickup', 'Paid', " +
        $"{subtotal}, {tax}, {subtotal - discount + tax}, '2026-11-30 10:00:00+00:00', 'user-1', 1, 'Ana', '')";

    private ServiceProvider Services(DatabaseEngine engine) => new ServiceCollection().AddLogging()
        .AddInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = engine == DatabaseEngine.Sqlite ? "Sqlite" : "Postgres",
            ["ConnectionStrings:Orders"] = engine == DatabaseEngine.Sqlite
                ? $"Data Source={Path.Combine(_directory, "orders.db")}"
                : PostgresServer.Shared.CreateDatabase(),
            ["Outbox:DispatcherEnabled"] = "false",
        }).Build())
        .BuildServiceProvider();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
