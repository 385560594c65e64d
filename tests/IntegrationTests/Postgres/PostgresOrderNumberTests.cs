using System.Globalization;
using System.Net;
using Npgsql;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>Order numbers on PostgreSQL come from a native sequence per month (decision 0003): two instances placing at
/// once get unique numbers without queueing on a counter row, and a database upgraded mid-month, whose counter row already
/// gave out numbers up to N, goes on past N.</summary>
public sealed class PostgresOrderNumberTests : IClassFixture<PostgresApiFactory>, IDisposable
{
    private const long CountedBeforeUpgrade = 500;
    private readonly PostgresApiFactory _first;
    private readonly OrdersApiFactory _second;

    public PostgresOrderNumberTests(PostgresApiFactory factory)
    {
        _first = factory;
        _second = factory.SecondInstance();
        _first.CreateClient().Dispose();
    }

    [Fact]
    public async Task TwoInstancesPlacingAtOnce_AfterAnUpgradeWithTheCounterRowAtN_GetUniqueNumbersPastN_FromTheSequence()
    {
        // The months this run can place in (Shop:TimeZone is UTC here; a day either side covers a run across midnight).
        var months = new[] { -1, 0, 1 }.Select(d => DateTimeOffset.UtcNow.AddDays(d).ToString("yyyy-MM", CultureInfo.InvariantCulture)).Distinct().ToList();
        await using var connection = new NpgsqlConnection(_first.ConnectionString);
        await connection.OpenAsync();
        foreach (var month in months)
            await Execute(connection, $"""INSERT INTO "NumberSequences" ("Name", "Value") VALUES ('order-number:{month}', {CountedBeforeUpgrade})""");
        var product = await _first.Admin().CreateProductAsync("Numbered at once", 1m, 1000);

        // The month's first orders, all at once on both instances: they also race to create the month's sequence.
        var start = new TaskCompletionSource();
        var attempts = Enumerable.Range(0, 40).Select(async i =>
        {
            var buyer = (i % 2 == 0 ? _first : _second).ClientFor($"pg-numbered-{i}");
            await start.Task;
            return await buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)));
        }).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(attempts);

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync())["orderNumber"].Str()));
        numbers.Distinct().Count().ShouldBe(40);
        numbers.ShouldAllBe(n => Sequence(n) > CountedBeforeUpgrade, "numbers the counter row gave out before the upgrade are not given again");

        // Increasing: an order placed after all of them were answered comes after every one of them.
        var later = (await _second.ClientFor("pg-numbered-later").PlaceOrderOkAsync((product, 1)))["orderNumber"].Str();
        Sequence(later).ShouldBeGreaterThan(numbers.Max(Sequence));

        // From the sequence, not the row: the row is where the upgrade left it.
        foreach (var month in months)
            (await Scalar(connection, $"""SELECT "Value" FROM "NumberSequences" WHERE "Name" = 'order-number:{month}'""")).ShouldBe(CountedBeforeUpgrade);
        var sequence = "seq_order_number_" + later[..7].Replace('-', '_');
        (await Scalar(connection, $"SELECT last_value FROM {sequence}")).ShouldBe(Sequence(later));
    }

    public void Dispose() => _second.Dispose();

    private static long Sequence(string orderNumber) => long.Parse(orderNumber[8..], CultureInfo.InvariantCulture);

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
