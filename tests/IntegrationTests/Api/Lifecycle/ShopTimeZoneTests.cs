using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

public sealed class ShopTimeZoneTests(SantiagoApiFactory factory) : IClassFixture<SantiagoApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task GetAdminOrders_WithADate_MeansThatDayInTheShopsTimeZone()
    {
        var product = await _admin.CreateProductAsync("Chilean wine", 15m, 10);
        var order = await factory.ClientFor("santiago-buyer").PlaceOrderOkAsync((product, 1));
        var local = TimeZoneInfo.ConvertTime(order["createdAt"].Instant(), TimeZoneInfo.FindSystemTimeZoneById(SantiagoApiFactory.TimeZoneId));
        var day = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dayBefore = local.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dayAfter = local.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        Ids(await ListAsync($"userId=santiago-buyer&dateFrom={day}&dateTo={day}")).ShouldBe([order.Id()]);
        Ids(await ListAsync($"userId=santiago-buyer&dateTo={dayBefore}")).ShouldBeEmpty();
        Ids(await ListAsync($"userId=santiago-buyer&dateFrom={dayAfter}")).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/api/admin/orders?dateFrom=2026-09-06")]
    [InlineData("/api/admin/orders?dateTo=2026-09-05")]
    [InlineData("/api/admin/orders?dateFrom=2026-09-06&dateTo=2026-09-06")]
    [InlineData("/api/orders/stats?dateFrom=2026-09-06")]
    [InlineData("/api/orders/stats?dateTo=2026-09-05")]
    public async Task DateFilter_OnTheDayDaylightSavingTimeSkipsMidnight_Returns200(string path)
    {
        var response = await _admin.GetAsync(path);

        await response.ShouldBeAsync(HttpStatusCode.OK);
    }

    private async Task<JsonObject> ListAsync(string query) =>
        await (await _admin.GetAsync($"/api/admin/orders?{query}")).ShouldBeAsync(HttpStatusCode.OK);

    private static string[] Ids(JsonObject list) => [.. list["items"]!.AsArray().Select(o => o!["id"].Str())];
}
