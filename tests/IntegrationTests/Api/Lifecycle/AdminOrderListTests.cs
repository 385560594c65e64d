using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

public sealed class AdminOrderListTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task GetAdminOrders_SeesEveryUsersOrders_FilteredByUserAndStatus()
    {
        var product = await _admin.CreateProductAsync("Admin list chair", 10m, 100);
        var alice = await factory.ClientFor("list-alice").PlaceOrderOkAsync((product, 1));
        var bob = await factory.ClientFor("list-bob").PlaceOrderOkAsync((product, 1));
        var bobPaid = await factory.OrderInStateAsync(factory.ClientFor("list-bob"), product, "paid");

        var all = await ListAsync("limit=100");
        var onlyBob = await ListAsync("userId=list-bob");
        var bobPending = await ListAsync("userId=list-bob&status=pending");
        var paid = await ListAsync("status=paid&limit=100");

        Ids(all).ShouldContain(alice.Id());
        Ids(all).ShouldContain(bob.Id());
        Ids(all).ShouldContain(bobPaid.Id());
        Ids(onlyBob).ShouldBe([bobPaid.Id(), bob.Id()]);
        onlyBob["total"]!.GetValue<int>().ShouldBe(2);
        Ids(bobPending).ShouldBe([bob.Id()]);
        Ids(paid).ShouldContain(bobPaid.Id());
        paid["items"]!.AsArray().ShouldAllBe(o => o!["status"]!.GetValue<string>() == "paid");
    }

    [Fact]
    public async Task GetAdminOrders_Paging_ReportsTotalAndSlices()
    {
        var product = await _admin.CreateProductAsync("Admin list pages", 1m, 100);
        var pager = factory.ClientFor("list-pager");
        var placed = new List<string>();
        for (var i = 0; i < 5; i++) placed.Add((await pager.PlaceOrderOkAsync((product, 1))).Id());

        var page1 = await ListAsync("userId=list-pager&limit=2");
        var page3 = await ListAsync("userId=list-pager&limit=2&page=3");
        var oldest = await ListAsync("userId=list-pager&limit=2&sortBy=oldest");

        page1["total"]!.GetValue<int>().ShouldBe(5);
        page1["page"]!.GetValue<int>().ShouldBe(1);
        page1["limit"]!.GetValue<int>().ShouldBe(2);
        Ids(page1).ShouldBe([placed[4], placed[3]]);
        Ids(page3).ShouldBe([placed[0]]);
        page3["total"]!.GetValue<int>().ShouldBe(5);
        Ids(oldest).ShouldBe([placed[0], placed[1]]);
    }

    [Fact]
    public async Task GetAdminOrders_QMatchesOrderNumberAndProductNameIgnoringCase()
    {
        var zebra = await _admin.CreateProductAsync("Zebra Standing Lamp", 10m, 100);
        var other = await _admin.CreateProductAsync("Plain mat", 10m, 100);
        var withZebra = await factory.ClientFor("q-one").PlaceOrderOkAsync((other, 1), (zebra, 1));
        var withoutZebra = await factory.ClientFor("q-two").PlaceOrderOkAsync((other, 1));

        Ids(await ListAsync("q=zEBRA%20standing")).ShouldBe([withZebra.Id()]);
        Ids(await ListAsync("q=ZEBRA")).ShouldBe([withZebra.Id()]);
        Ids(await ListAsync($"q={withoutZebra["orderNumber"].Str()}")).ShouldBe([withoutZebra.Id()]);
        (await ListAsync("q=no-such-thing"))["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task GetAdminOrders_QWithAccentedProductName_MatchesIgnoringCase()
    {
        var product = await _admin.CreateProductAsync("Ñandú Édition", 10m, 100);
        var order = await factory.ClientFor("q-accent").PlaceOrderOkAsync((product, 1));

        // The name exactly as the catalog spells it, and in other cases.
        Ids(await ListAsync($"q={Uri.EscapeDataString("Ñandú Édition")}")).ShouldBe([order.Id()]);
        Ids(await ListAsync($"q={Uri.EscapeDataString("ñandú")}")).ShouldBe([order.Id()]);
        Ids(await ListAsync($"q={Uri.EscapeDataString("ÉDITION")}")).ShouldBe([order.Id()]);
    }

    [Fact]
    public async Task GetAdminOrders_DateFilters_UseWholeDaysAndInstants()
    {
        var product = await _admin.CreateProductAsync("Dated order", 10m, 100);
        var order = await factory.ClientFor("list-dated").PlaceOrderOkAsync((product, 1));
        var created = order["createdAt"].Instant();
        var day = created.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yesterday = created.UtcDateTime.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = created.UtcDateTime.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        string Stamp(DateTimeOffset at) => Uri.EscapeDataString(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
        const string mine = "userId=list-dated";

        Ids(await ListAsync($"{mine}&dateFrom={day}&dateTo={day}")).ShouldBe([order.Id()]);
        Ids(await ListAsync($"{mine}&dateFrom={day}")).ShouldBe([order.Id()]);
        Ids(await ListAsync($"{mine}&dateTo={day}")).ShouldBe([order.Id()]);
        Ids(await ListAsync($"{mine}&dateTo={yesterday}")).ShouldBeEmpty();
        Ids(await ListAsync($"{mine}&dateFrom={tomorrow}")).ShouldBeEmpty();
        Ids(await ListAsync($"{mine}&dateFrom={Stamp(created.AddSeconds(-1))}&dateTo={Stamp(created.AddSeconds(1))}")).ShouldBe([order.Id()]);
        Ids(await ListAsync($"{mine}&dateFrom={Stamp(created.AddSeconds(1))}")).ShouldBeEmpty();
        Ids(await ListAsync($"{mine}&dateTo={Stamp(created.AddSeconds(-1))}")).ShouldBeEmpty();
        // Both ends are inclusive: the order's own instant as either bound still finds it.
        Ids(await ListAsync($"{mine}&dateFrom={Stamp(created)}&dateTo={Stamp(created)}")).ShouldBe([order.Id()]);
    }

    [Theory]
    [InlineData("dateFrom=2026-03-05&dateTo=2026-03-04", "dateTo")]
    [InlineData("dateFrom=yesterday", "dateFrom")]
    [InlineData("dateTo=2026-13-45", "dateTo")]
    [InlineData("dateFrom=2026-03-05T25:00:00Z", "dateFrom")]
    [InlineData("status=lost", "status")]
    [InlineData("limit=101", "limit")]
    public async Task GetAdminOrders_WithBadFilter_Returns400NamingIt(string query, string field)
    {
        var problem = await (await _admin.GetAsync($"/api/admin/orders?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]![field].ShouldNotBeNull();
    }

    [Fact]
    public async Task ClientSecret_ShownOnlyToTheOwnerOnOneOrder_NeverInListsOrToAdmins()
    {
        var product = await _admin.CreateProductAsync("Secret holder", 10m, 100);
        var owner = factory.ClientFor("secret-owner");
        var placed = await owner.PlaceOrderOkAsync((product, 1));
        var secret = placed["payment"]!["clientSecret"].Str();
        secret.ShouldNotBeNullOrWhiteSpace();

        (await owner.GetOrderAsync(placed.Id()))["payment"]!["clientSecret"].Str().ShouldBe(secret);
        (await owner.GetOrderAsync(placed["orderNumber"].Str()))["payment"]!["clientSecret"].Str().ShouldBe(secret);
        (await _admin.GetOrderAsync(placed.Id()))["payment"]!["clientSecret"].ShouldBeNull();
        var adminList = await ListAsync("userId=secret-owner");
        var ownList = await (await owner.GetAsync("/api/orders")).ShouldBeAsync(HttpStatusCode.OK);
        foreach (var list in new[] { adminList, ownList })
        {
            list["items"]!.AsArray().Count.ShouldBe(1);
            list["items"]![0]!["payment"]!["clientSecret"].ShouldBeNull();
            list["items"]![0]!["payment"]!["intentId"].Str().ShouldBe(placed["payment"]!["intentId"].Str());
        }

        var adminChange = await (await _admin.PutStatusAsync(placed.Id(), "paid")).ShouldBeAsync(HttpStatusCode.OK);
        adminChange["payment"]!["clientSecret"].ShouldBeNull();
        (await (await factory.ClientFor("secret-owner").GetAsync("/api/admin/orders")).ShouldBeProblemAsync(HttpStatusCode.Forbidden))
            .ToJsonString().ShouldNotContain(secret);
    }

    private async Task<JsonObject> ListAsync(string query) =>
        await (await _admin.GetAsync($"/api/admin/orders?{query}")).ShouldBeAsync(HttpStatusCode.OK);

    private static string[] Ids(JsonObject list) => [.. list["items"]!.AsArray().Select(o => o!["id"].Str())];
}
