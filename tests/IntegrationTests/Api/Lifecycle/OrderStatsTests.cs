using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

/// <summary>Stats over a known data set: this class has its own fresh database and places every order in it.</summary>
public sealed class OrderStatsTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();
    private readonly HttpClient _provider = factory.CreateClient();

    [Fact]
    public async Task GetStats_OverAKnownSetOfOrders_CountsRevenueAverageAndTopProducts()
    {
        var alpha = await _admin.CreateProductAsync("Alpha", 10.00m, 100);
        var beta = await _admin.CreateProductAsync("Beta", 25.50m, 100);
        var gamma = await _admin.CreateProductAsync("Gamma", 3.99m, 100);
        var ann = factory.ClientFor("stats-ann");
        var ben = factory.ClientFor("stats-ben");

        // Tax 8% on the subtotal, rounded half away from zero once per order; standard shipping costs 0.
        // O1 paid:           3 × 10.00 + 1 × 25.50 = 55.50; tax 4.44;              total 59.94
        var o1 = await ann.PlaceOrderOkAsync((alpha, 3), (beta, 1));
        // O2 delivered:      3 × 3.99 = 11.97;             tax 0.9576 → 0.96;       total 12.93
        var o2 = await ben.PlaceOrderOkAsync((gamma, 3));
        // O3 paid, canceled: 1 × 10.00 = 10.00;            tax 0.80;               total 10.80 (not revenue)
        var o3 = await ann.PlaceOrderOkAsync((alpha, 1));
        // O4 paid, rejected: 2 × 25.50 = 51.00;            tax 4.08;               total 55.08 (not revenue)
        var o4 = await ben.PlaceOrderOkAsync((beta, 2));
        // O5 pending:        10.00 + 3.99 = 13.99;         tax 1.1192 → 1.12;       total 15.11 (not revenue)
        var o5 = await ann.PlaceOrderOkAsync((alpha, 1), (gamma, 1));
        // O6 in_preparation: 25.50 + 3.99 = 29.49;         tax 2.3592 → 2.36;       total 31.85
        var o6 = await ben.PlaceOrderOkAsync((beta, 1), (gamma, 1));
        new[] { o1, o2, o3, o4, o5, o6 }.Select(o => o["total"].Dec()).ShouldBe([59.94m, 12.93m, 10.80m, 55.08m, 15.11m, 31.85m]);

        foreach (var order in new[] { o1, o2, o3, o4, o6 }) await _provider.PayAsync(order);
        await _admin.MoveAsync(o2.Id(), "in_preparation", "ready", "shipped", "delivered");
        await (await ann.CancelAsync(o3.Id(), "Bought by mistake")).ShouldBeAsync(HttpStatusCode.OK);
        await (await _admin.RejectAsync(o4.Id(), "Payment looks fraudulent")).ShouldBeAsync(HttpStatusCode.OK);
        await _admin.MoveAsync(o6.Id(), "in_preparation");

        var stats = await (await _admin.GetAsync("/api/orders/stats")).ShouldBeAsync(HttpStatusCode.OK);

        stats["currency"].Str().ShouldBe("USD");
        stats["orderCount"]!.GetValue<int>().ShouldBe(6);
        ByStatus(stats).ShouldBe(new Dictionary<string, int>
        {
            ["pending"] = 1, ["paid"] = 1, ["in_preparation"] = 1, ["ready"] = 0,
            ["shipped"] = 0, ["delivered"] = 1, ["canceled"] = 1, ["rejected"] = 1,
        });
        // Revenue: O1 + O2 + O6 = 59.94 + 12.93 + 31.85 = 104.72; average 104.72 / 3 = 34.9066… → 34.91.
        stats["revenue"].Dec().ShouldBe(104.72m);
        stats["averageOrderValue"].Dec().ShouldBe(34.91m);
        // Units and line totals in O1, O2 and O6: Gamma 3 + 1 = 4 (11.97 + 3.99 = 15.96), Alpha 3 (30.00), Beta 1 + 1 = 2 (51.00).
        var top = stats["topProducts"]!.AsArray();
        top.Select(p => p!["productId"].Str()).ShouldBe([gamma, alpha, beta]);
        top.Select(p => p!["name"].Str()).ShouldBe(["Gamma", "Alpha", "Beta"]);
        top.Select(p => p!["quantity"]!.GetValue<long>()).ShouldBe([4L, 3L, 2L]);
        top.Select(p => p!["revenue"].Dec()).ShouldBe([15.96m, 30.00m, 51.00m]);

        // The same orders through a date range that holds today, and none through ranges that do not.
        var today = o1["createdAt"].Instant().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yesterday = o1["createdAt"].Instant().UtcDateTime.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = o6["createdAt"].Instant().UtcDateTime.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ranged = await (await _admin.GetAsync($"/api/orders/stats?dateFrom={yesterday}&dateTo={tomorrow}")).ShouldBeAsync(HttpStatusCode.OK);
        ranged["dateFrom"].Str().ShouldBe(yesterday);
        ranged["dateTo"].Str().ShouldBe(tomorrow);
        ranged["orderCount"]!.GetValue<int>().ShouldBe(6);
        ranged["revenue"].Dec().ShouldBe(104.72m);
        if (o6["createdAt"].Instant().UtcDateTime.Date == o1["createdAt"].Instant().UtcDateTime.Date)
            (await (await _admin.GetAsync($"/api/orders/stats?dateFrom={today}&dateTo={today}")).ShouldBeAsync(HttpStatusCode.OK))
                ["orderCount"]!.GetValue<int>().ShouldBe(6);

        var empty = await (await _admin.GetAsync($"/api/orders/stats?dateFrom={tomorrow}")).ShouldBeAsync(HttpStatusCode.OK);
        empty["orderCount"]!.GetValue<int>().ShouldBe(0);
        ByStatus(empty).Count.ShouldBe(8);
        ByStatus(empty).Values.ShouldAllBe(n => n == 0);
        empty["revenue"].Dec().ShouldBe(0m);
        empty["averageOrderValue"].Dec().ShouldBe(0m);
        empty["topProducts"]!.AsArray().ShouldBeEmpty();
        (await (await _admin.GetAsync($"/api/orders/stats?dateTo={yesterday}")).ShouldBeAsync(HttpStatusCode.OK))["orderCount"]!.GetValue<int>().ShouldBe(0);
    }

    [Theory]
    [InlineData("dateFrom=2026-03-05&dateTo=2026-03-04", "dateTo")]
    [InlineData("dateFrom=soon", "dateFrom")]
    public async Task GetStats_WithBadDates_Returns400(string query, string field) =>
        (await (await _admin.GetAsync($"/api/orders/stats?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]![field].ShouldNotBeNull();

    private static Dictionary<string, int> ByStatus(JsonObject stats) =>
        stats["ordersByStatus"]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>());
}
