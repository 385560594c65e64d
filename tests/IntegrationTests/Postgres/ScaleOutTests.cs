using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>Two API instances on one PostgreSQL database, as a shop that outgrew one machine runs them: no oversell,
/// unique numbers, and each outbox message handled by one dispatcher only.</summary>
public sealed class ScaleOutTests : IClassFixture<PostgresApiFactory>, IDisposable
{
    private readonly PostgresApiFactory _first;
    private readonly OrdersApiFactory _second;

    public ScaleOutTests(PostgresApiFactory factory)
    {
        _first = factory;
        _second = factory.SecondInstance();
        _first.CreateClient().Dispose();
    }

    [Fact]
    public async Task FiftyBuyersAcrossTwoInstances_ForTheLastTenUnits_ExactlyTenSucceed()
    {
        var product = await _first.Admin().CreateProductAsync("Scale-out limited", 10m, 10);
        var buyers = Enumerable.Range(0, 50).Select(i => (i % 2 == 0 ? _first : _second).ClientFor($"pg-rush-{i}")).ToList();
        var start = new TaskCompletionSource();

        var attempts = buyers.Select(async b =>
        {
            await start.Task;
            return await b.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)));
        }).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(attempts);

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(10);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(40);
        (await _second.Admin().StockOfAsync(product)).ShouldBe(0);
        var numbers = await Task.WhenAll(responses.Where(r => r.IsSuccessStatusCode).Select(async r => (await r.ReadJsonAsync())["orderNumber"].Str()));
        numbers.Distinct().Count().ShouldBe(10);
    }

    [Fact]
    public async Task TwoDispatchers_DeliverEveryWebhookAndEmailExactlyOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        (await _first.Admin().PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.created" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = await _first.Admin().CreateProductAsync("Scale-out plenty", 1m, 1000);

        var placed = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            (i % 2 == 0 ? _first : _second).ClientFor($"pg-hook-{i}").PlaceOrderOkAsync((product, 1))));

        static bool ToABuyer(ReceivedEmail m) => m.To.Contains("pg-hook-", StringComparison.Ordinal);
        await receiver.WaitForAsync(r => r.Count >= 30, TimeSpan.FromSeconds(30));
        await _first.Smtp.WaitForMessagesAsync(30, TimeSpan.FromSeconds(30), ToABuyer);

        // The witnesses: an order placed on each instance after all 30 arrived. Once both of their webhooks and emails
        // have arrived, both dispatchers have passed the 30 earlier messages, so a second copy of one would be here too.
        var witnesses = await Task.WhenAll(new[] { _first, _second }.Select((api, i) => api.ClientFor($"pg-witness-{i}").PlaceOrderOkAsync((product, 1))));
        var witnessIds = witnesses.Select(w => w["id"].Str()).ToHashSet();
        await receiver.WaitForAsync(r => r.Count(h => witnessIds.Contains(JsonNode.Parse(h.Body)!["data"]!["orderId"].Str())) >= 2, TimeSpan.FromSeconds(30));
        await _first.Smtp.WaitForMessagesAsync(2, TimeSpan.FromSeconds(30), m => m.To.Contains("pg-witness-", StringComparison.Ordinal));

        var ids = receiver.Received.Select(r => JsonNode.Parse(r.Body)!["data"]!["orderId"].Str()).Where(id => !witnessIds.Contains(id)).ToList();
        ids.Count.ShouldBe(30);
        ids.Order().ShouldBe(placed.Select(p => p["id"].Str()).Order());
        var confirmations = await _first.Smtp.WaitForMessagesAsync(30, TimeSpan.FromSeconds(30), ToABuyer);
        confirmations.Count.ShouldBe(30, "each confirmation is sent once");
        confirmations.Select(m => m.Subject).Order().ShouldBe(placed.Select(p => $"Order {p["orderNumber"].Str()} confirmed").Order());
    }

    [Fact]
    public async Task InvoiceNumbers_FromTwoInstancesAtOnce_AreUniqueAndGapFree()
    {
        var admin = _first.Admin();
        var product = await admin.CreateProductAsync("Scale-out invoiced", 3m, 100);
        var buyer = _first.ClientFor("pg-invoiced");
        var orders = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var id = (await buyer.PlaceOrderOkAsync((product, 1)))["id"].Str();
            (await admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "paid" })).StatusCode.ShouldBe(HttpStatusCode.OK);
            orders.Add(id);
        }

        var secondBuyer = _second.ClientFor("pg-invoiced");
        var downloads = orders.SelectMany(o => new[] { buyer.GetAsync($"/api/orders/{o}/invoice"), secondBuyer.GetAsync($"/api/orders/{o}/invoice") });
        (await Task.WhenAll(downloads)).ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);

        var numbers = await Task.WhenAll(orders.Select(async o => (await (await buyer.GetAsync($"/api/orders/{o}")).ReadJsonAsync())["invoiceNumber"].Str()));
        numbers.Distinct().Count().ShouldBe(10);
        var sequence = numbers.Select(n => int.Parse(n[^8..])).Order().ToList();
        (sequence[^1] - sequence[0]).ShouldBe(9);
    }

    public void Dispose() => _second.Dispose();
}
