using System.Diagnostics;
using System.Net;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Api.Orders;

public sealed class ConcurrentOrderTests(OrdersApiFactory factory, ITestOutputHelper output) : IClassFixture<OrdersApiFactory>
{
    [Fact]
    public async Task PostOrder_FiftyBuyersForTheLastTenUnits_ExactlyTenSucceed()
    {
        var admin = factory.Admin();
        var product = await admin.CreateProductAsync("Limited edition", 49.99m, 10);
        var buyers = Enumerable.Range(0, 50).Select(i => factory.ClientFor($"rush-{i}")).ToList();
        var start = new TaskCompletionSource();

        var clock = Stopwatch.StartNew();
        var attempts = buyers.Select(async buyer =>
        {
            await start.Task;
            return await buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)));
        }).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(attempts);
        clock.Stop();

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(10);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(40);
        (await admin.StockOfAsync(product)).ShouldBe(0);
        var numbers = new List<string>();
        foreach (var created in responses.Where(r => r.StatusCode == HttpStatusCode.Created))
            numbers.Add((await created.ReadJsonAsync())["orderNumber"].Str());
        numbers.Distinct().Count().ShouldBe(10);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict))["detail"].Str().ShouldStartWith("Insufficient stock for Limited edition");

        output.WriteLine($"50 concurrent order requests in {clock.ElapsedMilliseconds} ms: {50 / clock.Elapsed.TotalSeconds:0} requests/s");
    }

    [Fact]
    public async Task PostOrder_ManyConcurrentBuyersOfPlentifulStock_AllSucceedWithUniqueNumbers()
    {
        var admin = factory.Admin();
        var product = await admin.CreateProductAsync("Everyday item", 5m, 1000);
        var buyers = Enumerable.Range(0, 40).Select(i => factory.ClientFor($"calm-{i}")).ToList();

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(buyers.Select(b => b.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 2)))));
        clock.Stop();

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        var numbers = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync())["orderNumber"].Str()));
        numbers.Distinct().Count().ShouldBe(40);
        (await admin.StockOfAsync(product)).ShouldBe(1000 - 80);
        output.WriteLine($"40 concurrent successful orders in {clock.ElapsedMilliseconds} ms: {40 / clock.Elapsed.TotalSeconds:0} orders/s");
    }
}
