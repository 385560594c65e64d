using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Orders.WebApi.Http;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Orders;

public sealed partial class PlaceOrderTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();
    private readonly HttpClient _buyer = factory.ClientFor("buyer-place");

    [Fact]
    public async Task PostOrder_WithDiscountAndTax_Returns201WithApiMdTotals()
    {
        var laptop = await _admin.CreateProductAsync("Laptop", 1299.99m, 5);
        var mouse = await _admin.CreateProductAsync("Mouse", 29.99m, 10);
        await _admin.CreateDiscountAsync(new { code = "TENOFF", percentOff = 10 });

        var response = await _buyer.PlaceOrderAsync(new
        {
            items = new object[] { new { productId = laptop, quantity = 1, price = 1299.99m }, new { productId = mouse, quantity = 2 } },
            shippingAddress = ApiClientExtensions.Address(),
            shippingMethod = "standard",
            paymentMethod = "card",
            discountCode = "tenoff",
        });

        var order = await response.ShouldBeAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/orders/{order["id"].Str()}");
        response.Headers.ETag!.Tag.ShouldBe("\"1\"");
        order["subtotal"].Dec().ShouldBe(1359.97m);
        order["discountAmount"].Dec().ShouldBe(136.00m);
        order["tax"].Dec().ShouldBe(97.92m);
        order["shippingCost"].Dec().ShouldBe(0m);
        order["total"].Dec().ShouldBe(1321.89m);
        order["currency"].Str().ShouldBe("USD");
        order["discountCode"].Str().ShouldBe("TENOFF");
        order["status"].Str().ShouldBe("pending");
        order["userId"].Str().ShouldBe("buyer-place");
        order["payment"]!["status"].Str().ShouldBe("requires_payment");
        order["items"]!.AsArray().Count.ShouldBe(2);
        OrderNumber().IsMatch(order["orderNumber"].Str()).ShouldBeTrue();
        CuidShape().IsMatch(order["id"].Str()).ShouldBeTrue();
        order["createdAt"].Str().ShouldEndWith("Z");
        order["statusHistory"]![0]!["to"].Str().ShouldBe("pending");

        (await _admin.StockOfAsync(laptop)).ShouldBe(4);
        (await _admin.StockOfAsync(mouse)).ShouldBe(8);
        var discount = await (await _admin.GetAsync("/api/discounts")).ReadJsonAsync();
        discount["items"]!.AsArray().Single(d => d!["code"].Str() == "TENOFF")!["redemptions"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task GetOrder_ByIdOrOrderNumber_ReturnsTheSameOrder()
    {
        var product = await _admin.CreateProductAsync("Lamp", 10m, 5);
        var placed = await _buyer.PlaceOrderOkAsync((product, 1));

        var byId = await (await _buyer.GetAsync($"/api/orders/{placed["id"].Str()}")).ShouldBeAsync(HttpStatusCode.OK);
        var byNumber = await (await _buyer.GetAsync($"/api/orders/{placed["orderNumber"].Str()}")).ShouldBeAsync(HttpStatusCode.OK);

        byId.ToJsonString().ShouldBe(placed.ToJsonString());
        byNumber.ToJsonString().ShouldBe(placed.ToJsonString());
    }

    [Fact]
    public async Task OrderAnswers_AreSentWhole_WithTheirLength()
    {
        var product = await _admin.CreateProductAsync("Lamp", 10m, 5);
        var placed = await _buyer.PlaceOrderOkAsync((product, 1));
        var order = JsonSerializer.Deserialize(placed.ToJsonString(), ApiJsonContext.Default.OrderResponse)!;
        var body = new MemoryStream();
        var context = new DefaultHttpContext { Response = { Body = body }, RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };

        await ETags.OrderResult(order).ExecuteAsync(context);

        context.Response.ContentLength.ShouldBe(body.Length, "one write, its length known before it");
        context.Response.ContentType.ShouldBe("application/json; charset=utf-8");
        JsonNode.Parse(body.ToArray())!.ToJsonString().ShouldBe(placed.ToJsonString());
    }

    [Fact]
    public async Task PostOrder_WithExpressShipping_AddsConfiguredShippingCost()
    {
        var product = await _admin.CreateProductAsync("Chair", 100m, 5);

        var order = await (await _buyer.PlaceOrderAsync(new
        {
            items = new[] { new { productId = product, quantity = 1 } },
            shippingAddress = ApiClientExtensions.Address(),
            shippingMethod = "express",
        })).ShouldBeAsync(HttpStatusCode.Created);

        order["shippingCost"].Dec().ShouldBe(15m);
        order["tax"].Dec().ShouldBe(8m);
        order["total"].Dec().ShouldBe(123m);
    }

    [Fact]
    public async Task PostOrder_NumbersFollowOnWithinTheMonth()
    {
        var product = await _admin.CreateProductAsync("Pen", 1m, 10);

        var first = (await _buyer.PlaceOrderOkAsync((product, 1)))["orderNumber"].Str();
        var second = (await _buyer.PlaceOrderOkAsync((product, 1)))["orderNumber"].Str();

        second[..8].ShouldBe(first[..8]);
        int.Parse(second[8..]).ShouldBe(int.Parse(first[8..]) + 1);
    }

    [Fact]
    public async Task PostOrder_WithSameIdempotencyKeyAndBody_ReturnsTheSameOrderOnce()
    {
        var product = await _admin.CreateProductAsync("Kettle", 25m, 5);
        var body = ApiClientExtensions.OrderBody((product, 2));

        var first = await _buyer.PlaceOrderAsync(body, "key-1");
        var retry = await _buyer.PlaceOrderAsync(body, "key-1");

        var original = await first.ShouldBeAsync(HttpStatusCode.Created);
        var replayed = await retry.ShouldBeAsync(HttpStatusCode.Created);
        replayed["id"].Str().ShouldBe(original["id"].Str());
        retry.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        (await _admin.StockOfAsync(product)).ShouldBe(3);
        var mine = await (await _buyer.GetAsync("/api/orders?limit=100")).ReadJsonAsync();
        mine["items"]!.AsArray().Count(o => o!["id"].Str() == original["id"].Str()).ShouldBe(1);
    }

    [Fact]
    public async Task PostOrder_WithSameIdempotencyKeyAndOtherBody_Returns422AndChangesNothing()
    {
        var product = await _admin.CreateProductAsync("Toaster", 30m, 5);
        await (await _buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)), "key-2")).ShouldBeAsync(HttpStatusCode.Created);

        var reused = await _buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 3)), "key-2");

        (await reused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))["code"].Str().ShouldBe("idempotency.key_reused");
        (await _admin.StockOfAsync(product)).ShouldBe(4);
    }

    [Fact]
    public async Task PostOrder_SameIdempotencyKeyFromAnotherUser_IsADifferentOrder()
    {
        var product = await _admin.CreateProductAsync("Blender", 40m, 5);
        var body = ApiClientExtensions.OrderBody((product, 1));

        var mine = await (await _buyer.PlaceOrderAsync(body, "shared-key")).ShouldBeAsync(HttpStatusCode.Created);
        var theirs = await (await factory.ClientFor("someone-else").PlaceOrderAsync(body, "shared-key")).ShouldBeAsync(HttpStatusCode.Created);

        theirs["id"].Str().ShouldNotBe(mine["id"].Str());
        theirs["userId"].Str().ShouldBe("someone-else");
    }

    [Fact]
    public async Task PostOrder_WithMaxedOutDiscount_Returns422AndReleasesNothing()
    {
        var product = await _admin.CreateProductAsync("Rug", 50m, 5);
        await _admin.CreateDiscountAsync(new { code = "ONCE", amountOff = 5, maxRedemptions = 1 });
        var body = new { items = new[] { new { productId = product, quantity = 1 } }, shippingAddress = ApiClientExtensions.Address(), discountCode = "ONCE" };
        (await (await _buyer.PlaceOrderAsync(body)).ShouldBeAsync(HttpStatusCode.Created))["discountAmount"].Dec().ShouldBe(5m);

        var second = await _buyer.PlaceOrderAsync(body);

        (await second.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))["detail"].Str().ShouldContain("ONCE");
        (await _admin.StockOfAsync(product)).ShouldBe(4);
    }

    [Theory]
    [InlineData("""{"code":"GONE","percentOff":10,"validTo":"2020-01-01T00:00:00Z"}""")]
    [InlineData("""{"code":"GONE","percentOff":10,"active":false}""")]
    [InlineData("""{"code":"GONE","percentOff":10,"validFrom":"2099-01-01T00:00:00Z"}""")]
    public async Task PostOrder_WithUnusableDiscount_Returns422AndChangesNothing(string discountJson)
    {
        using var factoryForTheory = new OrdersApiFactory();
        var admin = factoryForTheory.Admin();
        var product = await admin.CreateProductAsync("Vase", 20m, 5);
        (await admin.PostAsync("/api/discounts", new StringContent(discountJson, Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await factoryForTheory.ClientFor("b").PlaceOrderAsync(new
        {
            items = new[] { new { productId = product, quantity = 1 } }, shippingAddress = ApiClientExtensions.Address(), discountCode = "gone",
        });

        (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))["code"].Str().ShouldBe("discount.unusable");
        (await admin.StockOfAsync(product)).ShouldBe(5);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{4,}$")]
    private static partial Regex OrderNumber();

    [GeneratedRegex("^[a-z][a-z0-9]{23}$")]
    private static partial Regex CuidShape();
}
