using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Persistence;

/// <summary>What a write on SQLite promises: it is on disk when acknowledged, and a file another process holds locked
/// is a 503 to retry, not a 500.</summary>
public sealed class SqliteDurabilityTests(SqliteBusyApiFactory factory) : IClassFixture<SqliteBusyApiFactory>
{
    [Fact]
    public async Task PostOrder_WhileAnotherProcessHoldsTheWriteLock_Returns503WithRetryAfter_AndSucceedsOnceReleased()
    {
        var admin = factory.Admin();
        var product = await admin.CreateProductAsync("Locked lamp", 10m, 5);
        var buyer = factory.ClientFor("locked-out");

        HttpResponseMessage refused;
        await using (var other = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using (var lockIt = other.CreateCommand())
            {
                lockIt.CommandText = "BEGIN EXCLUSIVE;";
                await lockIt.ExecuteNonQueryAsync();
            }

            refused = await buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)));
        }

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem["detail"].Str().ShouldContain("Retry");
        int.Parse(refused.Headers.GetValues("Retry-After").Single()).ShouldBeGreaterThan(0);

        await (await buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)))).ShouldBeAsync(HttpStatusCode.Created);
        (await admin.StockOfAsync(product)).ShouldBe(4);
    }

    [Fact]
    public async Task ApiConnections_RunWithSynchronousFull()
    {
        await factory.CreateClient().GetAsync("/health/ready");
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();

        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA synchronous;";
        var level = Convert.ToInt32(await command.ExecuteScalarAsync());

        level.ShouldBe(2, "2 is FULL: every commit is synced to disk before it is acknowledged");
    }
}
