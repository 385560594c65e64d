using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>What happens after the sale, raced across two API instances on one PostgreSQL database: the order's
/// version lets one writer through and refuses the other, whatever instance each reached.</summary>
public sealed class PostgresAfterSaleRaceTests : IClassFixture<PostgresApiFactory>, IDisposable
{
    private readonly PostgresApiFactory _first;
    private readonly OrdersApiFactory _second;

    public PostgresAfterSaleRaceTests(PostgresApiFactory factory)
    {
        _first = factory;
        _second = factory.SecondInstance();
        _first.CreateClient().Dispose();
    }

    public void Dispose() => _second.Dispose();

    [Fact]
    public async Task TwoShipmentsOfTheLastUnit_FromTwoInstances_OneWinsOneIsRefused()
    {
        var order = await ReadyOrderAsync("pg-ship-race");
        var line = order["items"]![0]!["id"].Str();

        var answers = await Race(api => api.Admin().PostAsJsonAsync($"/api/orders/{order.Id()}/shipments",
            new { lines = new[] { new { orderLineId = line, quantity = 1 } }, carrier = "UPS", trackingNumber = $"1Z{Guid.NewGuid():N}"[..12] }));

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(1);
        var shipped = await _first.Admin().GetOrderAsync(order.Id());
        shipped["items"]![0]!["quantities"]!["shipped"]!.GetValue<int>().ShouldBe(1);
        shipped["shipments"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task TwoRefundsPastTheCap_FromTwoInstances_OneWins()
    {
        var order = await ReadyOrderAsync("pg-refund-race");
        var total = order["total"].Dec();

        var answers = await Race(api =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{order.Id()}/refunds")
            {
                Content = JsonContent.Create(new { amount = total - 1m, reason = "goodwill" }),
            };
            request.Headers.Add("Idempotency-Key", $"race-{Guid.NewGuid():N}");
            return api.Admin().SendAsync(request);
        });

        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        var refused = await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).ReadJsonAsync();
        refused["code"].Str().ShouldBeOneOf(["refund.exceeds_refundable", "concurrency.conflict"], refused.ToJsonString());
        var refunded = await _first.Admin().GetOrderAsync(order.Id());
        refunded["refunds"]!.AsArray().Count.ShouldBe(1);
        refunded["refundableTotal"].Dec().ShouldBe(1m);
    }

    private async Task<JsonObject> ReadyOrderAsync(string buyer)
    {
        var product = await _first.Admin().CreateProductAsync($"After-sale race {buyer}", 12.34m, 10);
        return await _first.OrderInStateAsync(_first.ClientFor(buyer), product, "ready");
    }

    private async Task<HttpResponseMessage[]> Race(Func<OrdersApiFactory, Task<HttpResponseMessage>> send)
    {
        var start = new TaskCompletionSource();
        var racers = new[] { _first, _second }.Select(async api =>
        {
            await start.Task;
            return await send(api);
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(racers);
    }
}
