using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

/// <summary>The ends of the calendar and of the numbers get a normal answer or a 400 problem, never a 500.</summary>
public sealed class EdgeValueTests(TokyoApiFactory factory) : IClassFixture<TokyoApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Theory]
    [InlineData("dateTo=9999-12-31")]
    [InlineData("dateFrom=0001-01-01")]
    [InlineData("dateFrom=0001-01-01&dateTo=9999-12-31")]
    [InlineData("dateFrom=9999-12-31&dateTo=9999-12-31")]
    [InlineData("dateFrom=9999-12-31T23:59:59.9999999Z")]
    [InlineData("dateTo=9999-12-31T23:59:59.9999999Z")]
    [InlineData("dateFrom=0001-01-01T00:00:00Z&dateTo=9999-12-31T23:59:59.9999999%2B00:00")]
    public async Task DateFilter_AtTheEndsOfTheCalendar_Returns200(string query)
    {
        (await _admin.GetAsync($"/api/admin/orders?{query}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _admin.GetAsync($"/api/orders/stats?{query}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task DateFilter_FromTheFirstToTheLastDay_FindsTodaysOrder()
    {
        var product = await _admin.CreateProductAsync("Edge lamp", 10m, 5);
        var order = await factory.ClientFor("edge-buyer").PlaceOrderOkAsync((product, 1));

        var listed = await (await _admin.GetAsync("/api/admin/orders?userId=edge-buyer&dateFrom=0001-01-01&dateTo=9999-12-31")).ShouldBeAsync(HttpStatusCode.OK);

        listed["items"]!.AsArray().Select(o => o!["id"].Str()).ShouldBe([order["id"].Str()]);
    }

    [Theory]
    [InlineData("dateFrom=0001-01-01T00:00:00%2B05:00")]
    [InlineData("dateTo=10000-01-01")]
    [InlineData("page=2147483647")]
    [InlineData("page=2147483648")]
    [InlineData("page=99999999999999999999")]
    [InlineData("page=-2147483648")]
    [InlineData("limit=2147483647")]
    public async Task Filter_OutsideTheRepresentableRange_Returns400Problem(string query)
    {
        await (await _admin.GetAsync($"/api/admin/orders?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        if (!query.StartsWith("page", StringComparison.Ordinal) && !query.StartsWith("limit", StringComparison.Ordinal))
            await (await _admin.GetAsync($"/api/orders/stats?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/admin/orders")]
    [InlineData("/api/orders")]
    [InlineData("/api/products")]
    public async Task List_AtTheLargestPage_Returns200WithNoItems(string path)
    {
        var page = await (await _admin.GetAsync($"{path}?page=100000&limit=100")).ShouldBeAsync(HttpStatusCode.OK);

        page["items"]!.AsArray().ShouldBeEmpty();
        page["page"]!.GetValue<int>().ShouldBe(100000);
    }
}
