using System.Net;
using System.Net.Http.Json;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Products;

public sealed class ProductTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task ProductLifecycle_CreateReadPatchDelete_Works()
    {
        var created = await _admin.PostAsJsonAsync("/api/products", new
        {
            name = "Desk lamp", description = "Warm light", price = 39.90m, stock = 12, images = new[] { "https://cdn.example.com/lamp.jpg" },
        });
        var product = await created.ShouldBeAsync(HttpStatusCode.Created);
        var id = product["id"].Str();
        created.Headers.Location!.ToString().ShouldBe($"/api/products/{id}");
        product["price"].Dec().ShouldBe(39.90m);
        product["active"]!.GetValue<bool>().ShouldBeTrue();

        var patched = await (await _admin.PatchAsJsonAsync($"/api/products/{id}", new { price = 35m })).ShouldBeAsync(HttpStatusCode.OK);
        patched["price"].Dec().ShouldBe(35m);
        patched["name"].Str().ShouldBe("Desk lamp");
        patched["stock"]!.GetValue<int>().ShouldBe(12);

        var anonymous = factory.CreateClient();
        (await (await anonymous.GetAsync($"/api/products/{id}")).ShouldBeAsync(HttpStatusCode.OK))["price"].Dec().ShouldBe(35m);

        (await _admin.DeleteAsync($"/api/products/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await anonymous.GetAsync($"/api/products/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _admin.DeleteAsync($"/api/products/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task InactiveProduct_IsHiddenFromCustomersButNotFromAdmins()
    {
        var id = await _admin.CreateProductAsync("Retired model", 10m, 1, active: false);
        var anonymous = factory.CreateClient();

        await (await anonymous.GetAsync($"/api/products/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var visible = await (await anonymous.GetAsync("/api/products?limit=100")).ReadJsonAsync();
        visible["items"]!.AsArray().ShouldNotContain(p => p!["id"].Str() == id);
        (await _admin.GetAsync($"/api/products/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var all = await (await _admin.GetAsync("/api/products?limit=100&includeInactive=true")).ReadJsonAsync();
        all["items"]!.AsArray().ShouldContain(p => p!["id"].Str() == id);
    }

    [Theory]
    [InlineData("""{"name":"","price":1}""", "name")]
    [InlineData("""{"name":"X","price":-1}""", "price")]
    [InlineData("""{"name":"X","price":1.234}""", "price")]
    [InlineData("""{"name":"X"}""", "price")]
    [InlineData("""{"name":"X","price":1,"stock":-5}""", "stock")]
    [InlineData("""{"name":"X","price":1,"images":["ftp://x"]}""", "images")]
    public async Task PostProduct_WithInvalidFields_Returns400(string json, string field)
    {
        var response = await _admin.PostAsync("/api/products", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]![field].ShouldNotBeNull();
    }

    [Fact]
    public async Task GetProducts_SearchesByName()
    {
        await _admin.CreateProductAsync("Zebra mug", 4m, 1);
        var found = await (await factory.CreateClient().GetAsync("/api/products?q=zebra")).ReadJsonAsync();
        found["items"]!.AsArray().ShouldHaveSingleItem()!["name"].Str().ShouldBe("Zebra mug");
    }

    [Fact]
    public async Task GetProducts_SearchesByNameIgnoringCaseBeyondAscii()
    {
        await _admin.CreateProductAsync("Ñandú pillow", 4m, 1);
        var found = await (await factory.CreateClient().GetAsync("/api/products?q=%C3%B1AND%C3%9A")).ReadJsonAsync(); // "ñANDÚ"
        found["items"]!.AsArray().ShouldHaveSingleItem()!["name"].Str().ShouldBe("Ñandú pillow");
    }

    [Fact]
    public async Task GetDemoCart_ListsProductsInStock()
    {
        var id = await _admin.CreateProductAsync("AAA first product", 2.50m, 4);
        var cart = await (await factory.CreateClient().GetAsync("/api/orders/demo-cart")).ReadJsonArrayAsync();
        var line = cart.First(l => l!["productId"].Str() == id)!;
        line["name"].Str().ShouldBe("AAA first product");
        line["unitPrice"].Dec().ShouldBe(2.50m);
        line["quantity"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }
}
