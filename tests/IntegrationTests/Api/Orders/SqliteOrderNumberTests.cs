using System.Net;
using Microsoft.Data.Sqlite;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Orders;

/// <summary>On SQLite, order numbers come from blocks the process reserves in the month's counter row (decision 0003):
/// unique and increasing under concurrent placements, still increasing after a restart (which skips the rest of the
/// block), and the counter row always at or past every number handed out.</summary>
public sealed class SqliteOrderNumberTests
{
    [Fact]
    public async Task Numbers_UnderConcurrentPlacementsAndARestart_AreUniqueIncreasingAndCoveredByTheCounterRow()
    {
        var directory = Directory.CreateTempSubdirectory("orders-numbers-").FullName;
        var connectionString = $"Data Source={Path.Combine(directory, "orders.db")};Pooling=false";
        var first = new List<long>();
        string product;
        using (var before = OnDatabase(connectionString))
        {
            product = await before.Admin().CreateProductAsync("Numbered lamp", 5m, 1000);
            var placed = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => before.ClientFor($"numbers-{i}").PlaceOrderOkAsync((product, 1))));
            first.AddRange(placed.Select(o => Sequence(o["orderNumber"].Str())));
            // One after another they increase.
            for (var i = 0; i < 3; i++) first.Add(Sequence((await before.ClientFor($"numbers-serial-{i}").PlaceOrderOkAsync((product, 1)))["orderNumber"].Str()));
        }

        first.Distinct().Count().ShouldBe(first.Count, "every number once");
        first.TakeLast(3).ShouldBeInOrder(SortDirection.Ascending);
        var counted = await CounterAsync(connectionString);
        counted.ShouldBeGreaterThanOrEqualTo(first.Max(), "the counter row covers every number handed out");

        using var after = OnDatabase(connectionString);
        var next = Sequence((await after.ClientFor("numbers-after").PlaceOrderOkAsync((product, 1)))["orderNumber"].Str());
        after.Dispose();
        Directory.Delete(directory, recursive: true);

        next.ShouldBeGreaterThan(counted, "a restart continues past every block reserved before it");
    }

    private static long Sequence(string orderNumber) => long.Parse(orderNumber[(orderNumber.LastIndexOf('-') + 1)..]);

    private static async Task<long> CounterAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = """SELECT max("Value") FROM "NumberSequences" WHERE "Name" LIKE 'order-number:%'""";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static OrdersApiFactory OnDatabase(string connectionString) =>
        OrdersApiFactory.Create(ApiHostOptions.Default.With("ConnectionStrings:Orders", connectionString));
}
