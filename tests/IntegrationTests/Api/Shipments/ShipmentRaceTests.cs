using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Shipments;

/// <summary>Two admins shipping the same units at once, on SQLite: the order's version decides, and the loser, run again
/// on fresh data, is answered by the ledger. Nothing ships twice.</summary>
public sealed class ShipmentRaceTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private const int Rounds = 5;

    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task TwoShipmentsOfTheLastUnitOfALine_OneIs201AndTheOther409ExceedsUnshipped()
    {
        var products = await _admin.ProductsAsync("Raced line", 2);
        for (var round = 0; round < Rounds; round++)
        {
            var ready = await factory.ReadyOrderAsync(factory.ClientFor($"raced-line-{round}"), (products[0], 1), (products[1], 1));
            var body = ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 1));

            var answers = await RaceAsync(() => factory.Admin().PostShipmentAsync(ready.Id(), body));

            var (won, lost) = await OneWinnerAsync(answers);
            lost.Code().ShouldBe("shipment.exceeds_unshipped");
            var order = await _admin.GetOrderAsync(ready.Id());
            (order.Status(), order.Fulfillment()).ShouldBe(("ready", "partially_shipped"));
            (await _admin.ShipmentsOfAsync(ready.Id())).Select(s => s!["id"].Str()).ShouldBe([won["id"].Str()]);
        }
    }

    [Fact]
    public async Task TwoShipmentsOfTheOrdersLastUnit_OneIs201AndTheOther409AndTheOrderShipsOnce()
    {
        var products = await _admin.ProductsAsync("Raced order", 1);
        for (var round = 0; round < Rounds; round++)
        {
            var ready = await factory.ReadyOrderAsync(factory.ClientFor($"raced-order-{round}"), (products[0], 2));
            await _admin.ShipOkAsync(ready.Id(), ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 1)));
            var body = ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 1));

            var answers = await RaceAsync(() => factory.Admin().PostShipmentAsync(ready.Id(), body));

            var (_, lost) = await OneWinnerAsync(answers);
            lost.Code().ShouldBeOneOf("shipment.order_not_ready", "shipment.exceeds_unshipped");
            var order = await _admin.GetOrderAsync(ready.Id());
            order.Status().ShouldBe("shipped");
            order.Path().Count(p => p == "ready>shipped").ShouldBe(1);
            (await _admin.ShipmentsOfAsync(ready.Id())).Count.ShouldBe(2);
        }
    }

    [Fact]
    public async Task TwoShipmentsWithOneIdempotencyKey_BothAnswerTheSameShipment()
    {
        var products = await _admin.ProductsAsync("Raced key", 1);
        for (var round = 0; round < Rounds; round++)
        {
            var ready = await factory.ReadyOrderAsync(factory.ClientFor($"raced-key-{round}"), (products[0], 2));
            var body = ShipmentsApi.Body(ShipmentsApi.Line(ready, products[0], 1));

            var answers = await RaceAsync(() => factory.Admin().PostShipmentAsync(ready.Id(), body, idempotencyKey: $"race-{round}"));

            var shipments = new List<string>();
            foreach (var answer in answers) shipments.Add((await answer.ShouldBeAsync(HttpStatusCode.Created))["id"].Str());
            shipments.Distinct().ShouldHaveSingleItem();
            answers.Count(a => a.Headers.Contains("Idempotent-Replayed")).ShouldBe(1);
            (await _admin.ShipmentsOfAsync(ready.Id())).Count.ShouldBe(1);
        }
    }

    private static async Task<HttpResponseMessage[]> RaceAsync(Func<Task<HttpResponseMessage>> request)
    {
        using var start = new Barrier(2);
        return await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return request();
        })));
    }

    private static async Task<(JsonObject Won, JsonObject Lost)> OneWinnerAsync(HttpResponseMessage[] answers)
    {
        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict]);
        var won = await answers.Single(a => a.StatusCode == HttpStatusCode.Created).ShouldBeAsync(HttpStatusCode.Created);
        var lost = await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        return (won, lost);
    }
}
