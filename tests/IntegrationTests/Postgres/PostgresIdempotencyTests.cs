using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>One Idempotency-Key sent eight times at once across two API instances on one PostgreSQL database: the
/// unique (user, key) reservation decides, so exactly one order and no stock or primary-key errors.</summary>
public sealed class PostgresIdempotencyTests : IClassFixture<PostgresApiFactory>, IDisposable
{
    private readonly PostgresApiFactory _first;
    private readonly OrdersApiFactory _second;

    public PostgresIdempotencyTests(PostgresApiFactory factory)
    {
        _first = factory;
        _second = factory.SecondInstance();
        _first.CreateClient().Dispose();
    }

    [Fact]
    public async Task EightSimultaneousRequestsWithOneKeyOnTwoInstances_PlaceExactlyOneOrder()
    {
        var product = await _first.Admin().CreateProductAsync("Two-instance impatient item", 10m, 100);
        var clients = Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? _first : _second).ClientFor("pg-impatient"));

        var answers = await IdempotentRush.SendAsync(clients, ApiClientExtensions.OrderBody((product, 2)), "pg-one-key");

        var orderId = await IdempotentRush.ShouldBeOneOrderAsync(answers);
        (await _second.Admin().StockOfAsync(product)).ShouldBe(98);
        var mine = await (await _first.ClientFor("pg-impatient").GetAsync("/api/orders")).ShouldBeAsync(HttpStatusCode.OK);
        mine["total"]!.GetValue<int>().ShouldBe(1);
        mine["items"]![0]!["id"].Str().ShouldBe(orderId);
    }

    public void Dispose() => _second.Dispose();
}
