using System.Net;
using System.Net.Http.Json;
using System.Text;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Orders;

/// <summary>Every refusal of POST /api/orders is a problem document and changes nothing: stock and the buyer's orders
/// stay as they were.</summary>
public sealed class PlaceOrderErrorTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _admin = factory.Admin();
    private readonly HttpClient _buyer = factory.ClientFor("buyer-errors");
    private string _product = "";

    public async Task InitializeAsync() => _product = await _admin.CreateProductAsync($"Desk {Guid.NewGuid():N}", 199.99m, 3);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task PostOrder_WithNoItems_Returns400WithFieldErrors()
    {
        var problem = await Send(new { items = Array.Empty<object>(), shippingAddress = ApiClientExtensions.Address() }, HttpStatusCode.BadRequest);
        problem["errors"]!["items"].ShouldNotBeNull();
    }

    [Fact]
    public async Task PostOrder_WithUnknownProduct_Returns404NamingIt()
    {
        var problem = await Send(ApiClientExtensions.OrderBody(("nosuchproduct000000000000", 1)), HttpStatusCode.NotFound);
        problem["detail"].Str().ShouldBe("Product nosuchproduct000000000000 not found.");
    }

    [Fact]
    public async Task PostOrder_WithInactiveProduct_Returns404()
    {
        var hidden = await _admin.CreateProductAsync("Hidden", 5m, 5, active: false);
        await Send(ApiClientExtensions.OrderBody((hidden, 1)), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PostOrder_WithMoreThanInStock_Returns409WithAvailable()
    {
        var name = (await (await _admin.GetAsync($"/api/products/{_product}")).ReadJsonAsync())["name"].Str();
        var problem = await Send(ApiClientExtensions.OrderBody((_product, 4)), HttpStatusCode.Conflict);
        problem["detail"].Str().ShouldBe($"Insufficient stock for {name}. Available: 3");
    }

    [Fact]
    public async Task PostOrder_WithStalePrice_Returns409()
    {
        var body = new { items = new[] { new { productId = _product, quantity = 1, price = 149.99m } }, shippingAddress = ApiClientExtensions.Address() };
        var problem = await Send(body, HttpStatusCode.Conflict);
        problem["code"].Str().ShouldBe("product.price_changed");
    }

    [Fact]
    public async Task PostOrder_WithUnknownDiscountCode_Returns422() =>
        await Send(new { items = new[] { new { productId = _product, quantity = 1 } }, shippingAddress = ApiClientExtensions.Address(), discountCode = "NOPE" },
            HttpStatusCode.UnprocessableEntity);

    [Theory]
    [InlineData("""{"items":[{"productId":"P","quantity":0}],"shippingAddress":{"fullName":"A","street":"B","city":"C","postalCode":"D","country":"E"}}""", "items[0].quantity")]
    [InlineData("""{"items":[{"productId":"P","quantity":1001}],"shippingAddress":{"fullName":"A","street":"B","city":"C","postalCode":"D","country":"E"}}""", "items[0].quantity")]
    [InlineData("""{"items":[{"quantity":1}],"shippingAddress":{"fullName":"A","street":"B","city":"C","postalCode":"D","country":"E"}}""", "items[0].productId")]
    [InlineData("""{"items":[{"productId":"P","quantity":1,"price":1.999}],"shippingAddress":{"fullName":"A","street":"B","city":"C","postalCode":"D","country":"E"}}""", "items[0].price")]
    [InlineData("""{"items":[{"productId":"P","quantity":1}]}""", "shippingAddress")]
    [InlineData("""{"items":[{"productId":"P","quantity":1}],"shippingAddress":{"fullName":"","street":"B","city":"C","postalCode":"D","country":"E"}}""", "shippingAddress.fullName")]
    [InlineData("""{"items":[null],"shippingAddress":{"fullName":"A","street":"B","city":"C","postalCode":"D","country":"E"}}""", "items")]
    [InlineData("""{"items":[{"productId":"P","quantity":"two"}]}""", "$.items[0].quantity")]
    [InlineData("""{"items":[{"productId":"P","quantity":1}],"shippingMethod":"teleport"}""", "$.shippingMethod")]
    [InlineData("""{"items":[{"productId":"P","quantity":1}],"shippingMethod":2}""", "$.shippingMethod")]
    [InlineData("""{"items": [""", "$.items[0]")]
    [InlineData("""[]""", "$")]
    public async Task PostOrder_WithInvalidBody_Returns400NamingTheField(string json, string field)
    {
        var response = await _buyer.PostAsync("/api/orders", new StringContent(json.Replace("\"P\"", $"\"{_product}\""), Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldContain(field);
        await AssertNothingChanged();
    }

    [Fact]
    public async Task PostOrder_WithoutJsonContentType_Returns415Problem()
    {
        var response = await _buyer.PostAsync("/api/orders", new StringContent("items=1", Encoding.UTF8, "text/plain"));
        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task PostOrder_WithBodyOver64KiB_Returns413Problem()
    {
        var body = new { items = new[] { new { productId = _product, quantity = 1 } }, shippingAddress = ApiClientExtensions.Address(), discountCode = new string('x', 70_000) };
        var response = await _buyer.PostAsync("/api/orders", new StringContent(ApiClientExtensions.Json(body), Encoding.UTF8, "application/json"));
        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingChanged();
    }

    [Fact]
    public async Task PostOrder_WithOverlongIdempotencyKey_Returns400()
    {
        var response = await _buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((_product, 1)), new string('k', 201));
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostOrder_WithSameProductTwice_Returns400() =>
        await Send(ApiClientExtensions.OrderBody((_product, 1), (_product, 1)), HttpStatusCode.BadRequest);

    private async Task<System.Text.Json.Nodes.JsonObject> Send(object body, HttpStatusCode expected)
    {
        var problem = await (await _buyer.PostAsJsonAsync("/api/orders", body)).ShouldBeProblemAsync(expected);
        problem["detail"].Str().ShouldNotBeNullOrWhiteSpace();
        await AssertNothingChanged();
        return problem;
    }

    private async Task AssertNothingChanged()
    {
        (await _admin.StockOfAsync(_product)).ShouldBe(3);
        var mine = await (await _buyer.GetAsync("/api/orders")).ReadJsonAsync();
        mine["total"]!.GetValue<int>().ShouldBe(0);
    }
}
