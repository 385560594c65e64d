using System.Net;
using System.Net.Http.Json;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>The queries that differ most between engines (date filters, text search, grouping, sums) on PostgreSQL.</summary>
public sealed class PostgresLifecycleTests(PostgresApiFactory factory) : IClassFixture<PostgresApiFactory>
{
    [Fact]
    public async Task OrderLifecycle_ListFiltersAndStats_WorkOnPostgres()
    {
        var admin = factory.Admin();
        var buyer = factory.ClientFor("pg-buyer");
        var lamp = await admin.CreateProductAsync("Brass Lamp", 100m, 10);
        var bulb = await admin.CreateProductAsync("Bulb", 5m, 100);
        await admin.CreateDiscountAsync(new { code = "PGTEN", percentOff = 10 });

        var first = await (await buyer.PlaceOrderAsync(new
        {
            items = new[] { new { productId = lamp, quantity = 1 }, new { productId = bulb, quantity = 4 } },
            shippingAddress = ApiClientExtensions.Address(),
            discountCode = "pgten",
        })).ShouldBeAsync(HttpStatusCode.Created);
        first["total"].Dec().ShouldBe(116.64m);
        var second = await buyer.PlaceOrderOkAsync((bulb, 2));
        var id = first["id"].Str();
        foreach (var status in new[] { "paid", "in_preparation", "ready" })
            (await admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var shipped = await (await admin.PutAsJsonAsync($"/api/orders/{id}/status",
            new { status = "shipped", trackingNumber = "PG123", shippingCarrier = "Correos" })).ShouldBeAsync(HttpStatusCode.OK);
        shipped["version"]!.GetValue<int>().ShouldBe(5);
        (await buyer.PostAsJsonAsync($"/api/orders/{second["id"].Str()}/cancel", new { reason = "no" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.StockOfAsync(bulb)).ShouldBe(96);

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var byLamp = await (await admin.GetAsync($"/api/admin/orders?q=brass&dateFrom={today}&dateTo={today}")).ShouldBeAsync(HttpStatusCode.OK);
        byLamp["items"]!.AsArray().Select(o => o!["id"].Str()).ShouldBe([id]);
        var byNumber = await (await admin.GetAsync($"/api/admin/orders?q={second["orderNumber"].Str()}&status=canceled")).ShouldBeAsync(HttpStatusCode.OK);
        byNumber["total"]!.GetValue<int>().ShouldBe(1);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        (await (await admin.GetAsync($"/api/admin/orders?dateTo={yesterday}")).ReadJsonAsync())["total"]!.GetValue<int>().ShouldBe(0);

        var stats = await (await admin.GetAsync("/api/orders/stats")).ShouldBeAsync(HttpStatusCode.OK);
        stats["orderCount"]!.GetValue<int>().ShouldBe(2);
        stats["ordersByStatus"]!["shipped"]!.GetValue<int>().ShouldBe(1);
        stats["ordersByStatus"]!["canceled"]!.GetValue<int>().ShouldBe(1);
        stats["revenue"].Dec().ShouldBe(116.64m);
        stats["averageOrderValue"].Dec().ShouldBe(116.64m);
        var top = stats["topProducts"]!.AsArray();
        top.Select(p => p!["name"].Str()).ShouldBe(["Bulb", "Brass Lamp"]);
        top[0]!["quantity"]!.GetValue<long>().ShouldBe(4);
        top[0]!["revenue"].Dec().ShouldBe(20m);
    }
}
