using System.Net;
using System.Net.Http.Json;
using System.Text;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Orders;

/// <summary>Issue 11: product images on lines, overnight shipping, payment methods, pickup orders and POST /orders/new.</summary>
public sealed class SeedFieldsTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task PostOrder_KeepsEachProductsFirstImageOnItsLine_InEveryAnswer()
    {
        var buyer = factory.ClientFor("image-buyer");
        var lamp = await CreateProductAsync("Image lamp", 20m, 5, "https://cdn.example.com/lamp-1.jpg", "https://cdn.example.com/lamp-2.jpg");
        var plain = await _admin.CreateProductAsync("Imageless mug", 5m, 5);

        var placed = await buyer.PlaceOrderOkAsync((lamp, 1), (plain, 1));
        await _admin.PatchAsJsonAsync($"/api/products/{lamp}", new { images = new[] { "https://cdn.example.com/new.jpg" } });

        Images(placed).ShouldBe(["https://cdn.example.com/lamp-1.jpg", null], ignoreOrder: true);
        Images(await (await buyer.GetAsync($"/api/orders/{placed["id"].Str()}")).ShouldBeAsync(HttpStatusCode.OK))
            .ShouldBe(["https://cdn.example.com/lamp-1.jpg", null], ignoreOrder: true);
        var mine = await (await buyer.GetAsync("/api/orders")).ShouldBeAsync(HttpStatusCode.OK);
        Images(mine["items"]![0]!.AsObject()).ShouldBe(["https://cdn.example.com/lamp-1.jpg", null], ignoreOrder: true);
    }

    [Fact]
    public async Task PostOrder_Overnight_ChargesItsCostAndDeliversTheNextDayOnceShipped()
    {
        var buyer = factory.ClientFor("overnight-buyer");
        var product = await _admin.CreateProductAsync("Overnight kettle", 100m, 5);

        var response = await buyer.PlaceOrderAsync(new
        {
            items = new[] { new { productId = product, quantity = 1 } }, shippingAddress = ApiClientExtensions.Address(), shippingMethod = "overnight",
        });

        var order = await response.ShouldBeAsync(HttpStatusCode.Created);
        order["shippingMethod"].Str().ShouldBe("overnight");
        order["shippingCost"].Dec().ShouldBe(29.99m);
        order["total"].Dec().ShouldBe(100m + 8m + 29.99m);
        var id = order["id"].Str();
        foreach (var status in new[] { "paid", "in_preparation", "ready" })
            await (await _admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status })).ShouldBeAsync(HttpStatusCode.OK);
        var shipped = await (await _admin.PutAsJsonAsync($"/api/orders/{id}/status",
            new { status = "shipped", trackingNumber = "1Z1", shippingCarrier = "UPS" })).ShouldBeAsync(HttpStatusCode.OK);
        var shippedOn = DateOnly.FromDateTime(DateTime.Parse(shipped["shippedAt"].Str(), null, System.Globalization.DateTimeStyles.AdjustToUniversal));
        DateOnly.Parse(shipped["estimatedDeliveryDate"].Str()).ShouldBe(shippedOn.AddDays(1));
    }

    [Theory]
    [InlineData("card")]
    [InlineData("credit_card")]
    [InlineData("debit_card")]
    [InlineData("pse")]
    [InlineData("bank_transfer")]
    [InlineData("cash_on_delivery")]
    public async Task PostOrder_RecordsEachPaymentMethod(string method)
    {
        var product = await _admin.CreateProductAsync($"Paid by {method}", 10m, 5);

        var order = await (await factory.ClientFor($"method-{method}").PlaceOrderAsync(new
        {
            items = new[] { new { productId = product, quantity = 1 } }, shippingAddress = ApiClientExtensions.Address(), paymentMethod = method,
        })).ShouldBeAsync(HttpStatusCode.Created);

        order["payment"]!["method"].Str().ShouldBe(method);
    }

    [Fact]
    public async Task PostOrder_WithAnUnknownPaymentMethod_Returns400()
    {
        var product = await _admin.CreateProductAsync("Paid by barter", 10m, 5);

        await (await factory.ClientFor("barter").PlaceOrderAsync(new
        {
            items = new[] { new { productId = product, quantity = 1 } }, shippingAddress = ApiClientExtensions.Address(), paymentMethod = "barter",
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostOrder_PickupWithOnlyAName_Returns201_AndOtherMethodsStillNeedAFullAddress()
    {
        var buyer = factory.ClientFor("pickup-name");
        var product = await _admin.CreateProductAsync("Pickup vase", 10m, 5);
        object Body(string method) => new { items = new[] { new { productId = product, quantity = 1 } }, shippingAddress = new { fullName = "Ana" }, shippingMethod = method };

        var pickup = await (await buyer.PlaceOrderAsync(Body("pickup"))).ShouldBeAsync(HttpStatusCode.Created);
        var shipped = await (await buyer.PlaceOrderAsync(Body("standard"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        pickup["shippingAddress"]!["fullName"].Str().ShouldBe("Ana");
        pickup["shippingAddress"]!["street"].ShouldBeNull();
        shipped["errors"]!.AsObject().Select(e => e.Key).ShouldBe(
            ["shippingAddress.street", "shippingAddress.city", "shippingAddress.postalCode", "shippingAddress.country"], ignoreOrder: true);
        (await _admin.StockOfAsync(product)).ShouldBe(4);
    }

    [Fact]
    public async Task PostOrdersNew_WithARepeatedId_PlacesAPickupOrderInTheTokensName()
    {
        var buyer = factory.ClientWithToken(TestTokens.Create("legacy-buyer", claims: new Dictionary<string, object> { ["name"] = "Ana García" }));
        var cup = await _admin.CreateProductAsync("Legacy cup", 3m, 10);
        var saucer = await _admin.CreateProductAsync("Legacy saucer", 2m, 10);

        var response = await buyer.PostAsJsonAsync("/api/orders/new", new[] { cup, saucer, cup });

        var order = await response.ShouldBeAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/orders/{order["id"].Str()}");
        order["shippingMethod"].Str().ShouldBe("pickup");
        order["shippingAddress"]!["fullName"].Str().ShouldBe("Ana García");
        order["items"]!.AsArray().Select(i => (i!["productId"].Str(), i["quantity"]!.GetValue<int>())).ShouldBe([(cup, 2), (saucer, 1)], ignoreOrder: true);
        (await _admin.StockOfAsync(cup)).ShouldBe(8);
    }

    [Fact]
    public async Task PostOrdersNew_WithoutANameClaim_UsesTheUserId()
    {
        var product = await _admin.CreateProductAsync("Nameless cup", 3m, 10);

        var order = await (await factory.ClientFor("no-name-claim").PostAsJsonAsync("/api/orders/new", new[] { product })).ShouldBeAsync(HttpStatusCode.Created);

        order["shippingAddress"]!["fullName"].Str().ShouldBe("no-name-claim");
    }

    [Fact]
    public async Task PostOrdersNew_WithAnUnknownId_Returns404()
    {
        var problem = await (await factory.ClientFor("legacy-404").PostAsJsonAsync("/api/orders/new", new[] { "nosuchproduct" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem["detail"].Str().ShouldBe("Product nosuchproduct not found.");
    }

    [Fact]
    public async Task PostOrdersNew_WhenStockIsShort_Returns409AndTakesNothing()
    {
        var product = await _admin.CreateProductAsync("Scarce cup", 3m, 1);

        var problem = await (await factory.ClientFor("legacy-409").PostAsJsonAsync("/api/orders/new", new[] { product, product })).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem["detail"].Str().ShouldBe("Insufficient stock for Scarce cup. Available: 1");
        (await _admin.StockOfAsync(product)).ShouldBe(1);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""{"items":["a"]}""")]
    [InlineData("""["a", ""]""")]
    [InlineData("""["a", null]""")]
    [InlineData("""[1, 2]""")]
    [InlineData("\"a\"")]
    public async Task PostOrdersNew_WhenTheBodyIsNotAnArrayOfIds_Returns400(string body)
    {
        var response = await factory.ClientFor("legacy-400").PostAsync("/api/orders/new", new StringContent(body, Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostOrdersNew_RetriedWithTheSameIdempotencyKey_ReplaysTheOrder()
    {
        var buyer = factory.ClientFor("legacy-retry");
        var product = await _admin.CreateProductAsync("Retried cup", 3m, 10);
        HttpRequestMessage Request() => new(HttpMethod.Post, "/api/orders/new")
        {
            Content = JsonContent.Create(new[] { product }), Headers = { { "Idempotency-Key", "legacy-key-1" } },
        };

        var first = await (await buyer.SendAsync(Request())).ShouldBeAsync(HttpStatusCode.Created);
        var again = await buyer.SendAsync(Request());

        (await again.ShouldBeAsync(HttpStatusCode.Created))["id"].Str().ShouldBe(first["id"].Str());
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await _admin.StockOfAsync(product)).ShouldBe(9);
    }

    private async Task<string> CreateProductAsync(string name, decimal price, int stock, params string[] images)
    {
        var created = await (await _admin.PostAsJsonAsync("/api/products", new { name, price, stock, images })).ShouldBeAsync(HttpStatusCode.Created);
        return created["id"].Str();
    }

    private static List<string?> Images(System.Text.Json.Nodes.JsonObject order) =>
        [.. order["items"]!.AsArray().Select(i => i!["productImage"]?.GetValue<string>())];
}
