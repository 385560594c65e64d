using System.Net;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Orders;

public sealed class ListOrdersTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task GetOrders_ReturnsOnlyMine_PagedNewestFirst()
    {
        var product = await _admin.CreateProductAsync("Cup", 3m, 100);
        var me = factory.ClientFor("lister");
        var placed = new List<string>();
        for (var i = 0; i < 3; i++) placed.Add((await me.PlaceOrderOkAsync((product, 1)))["id"].Str());
        await factory.ClientFor("other-lister").PlaceOrderOkAsync((product, 1));

        var page1 = await (await me.GetAsync("/api/orders?limit=2")).ShouldBeAsync(HttpStatusCode.OK);
        var page2 = await (await me.GetAsync("/api/orders?limit=2&page=2")).ShouldBeAsync(HttpStatusCode.OK);
        var oldest = await (await me.GetAsync("/api/orders?sortBy=oldest")).ShouldBeAsync(HttpStatusCode.OK);
        var beyond = await (await me.GetAsync("/api/orders?limit=2&page=3")).ShouldBeAsync(HttpStatusCode.OK);

        page1["total"]!.GetValue<int>().ShouldBe(3);
        page1["page"]!.GetValue<int>().ShouldBe(1);
        page1["limit"]!.GetValue<int>().ShouldBe(2);
        page1["items"]!.AsArray().Select(o => o!["id"].Str()).ShouldBe([placed[2], placed[1]]);
        page2["items"]!.AsArray().Select(o => o!["id"].Str()).ShouldBe([placed[0]]);
        oldest["items"]!.AsArray().Select(o => o!["id"].Str()).ShouldBe(placed);
        // A full page, a short last page, one page that holds all, and a page past the end all know the total.
        new[] { page2, oldest, beyond }.Select(p => p["total"]!.GetValue<int>()).ShouldBe([3, 3, 3]);
        beyond["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task GetOrders_FilteredByStatus_ReturnsOnlyThatStatus()
    {
        var product = await _admin.CreateProductAsync("Plate", 3m, 100);
        var me = factory.ClientFor("status-lister");
        await me.PlaceOrderOkAsync((product, 1));

        var pending = await (await me.GetAsync("/api/orders?status=pending")).ShouldBeAsync(HttpStatusCode.OK);
        var paid = await (await me.GetAsync("/api/orders?status=paid")).ShouldBeAsync(HttpStatusCode.OK);

        pending["total"]!.GetValue<int>().ShouldBe(1);
        paid["total"]!.GetValue<int>().ShouldBe(0);
        paid["items"]!.AsArray().ShouldBeEmpty();
    }

    // On SQLite a customer's own list has a reader of its own; the admin list of that customer is the specification
    // through EF Core. Both must show the same pages.
    [Fact]
    public async Task OwnList_ShowsWhatTheAdminListOfThatCustomerShows_ForEveryStatusSortAndPage()
    {
        var product = await _admin.CreateProductAsync("Saucer", 3m, 100);
        var me = factory.ClientFor("twin-lister");
        var placed = new List<string>();
        for (var i = 0; i < 5; i++) placed.Add((await me.PlaceOrderOkAsync((product, 1)))["id"].Str());
        await _admin.MoveAsync(placed[1], "paid");
        await _admin.MoveAsync(placed[3], "paid");
        (await me.CancelAsync(placed[4])).StatusCode.ShouldBe(HttpStatusCode.OK);

        var compared = 0;
        foreach (var status in new[] { "", "&status=pending", "&status=paid", "&status=canceled", "&status=shipped" })
        foreach (var sort in new[] { "newest", "oldest" })
        foreach (var page in new[] { 1, 2, 3 })
        {
            var query = $"limit=2&page={page}&sortBy={sort}{status}";
            var own = await (await me.GetAsync($"/api/orders?{query}")).ShouldBeAsync(HttpStatusCode.OK);
            var admin = await (await _admin.GetAsync($"/api/admin/orders?userId=twin-lister&{query}")).ShouldBeAsync(HttpStatusCode.OK);
            own.ToJsonString().ShouldBe(admin.ToJsonString(), query);
            compared += own["items"]!.AsArray().Count;
        }

        compared.ShouldBe(2 * (5 + 2 + 2 + 1));
    }

    [Theory]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("page=0", "page")]
    [InlineData("status=lost", "status")]
    [InlineData("sortBy=cheapest", "sortBy")]
    public async Task GetOrders_WithBadQuery_Returns400NamingTheParameter(string query, string field)
    {
        var problem = await (await factory.ClientFor("q").GetAsync($"/api/orders?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]![field].ShouldNotBeNull();
    }

    [Fact]
    public async Task GetOrders_WithNonNumericPage_Returns400Problem() =>
        await (await factory.ClientFor("q").GetAsync("/api/orders?page=abc")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
}
