using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>Small steps the API tests share: make catalog data as an admin would, place orders, read problems.</summary>
public static class ApiClientExtensions
{
    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException($"Not a JSON object: {text}");
    }

    public static async Task<JsonArray> ReadJsonArrayAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

    /// <summary>Asserts the status and that the body is a problem details document; returns it.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonNode.Parse(body)!.AsObject();
        problem["status"]!.GetValue<int>().ShouldBe((int)status);
        problem["title"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }

    public static async Task<JsonObject> ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    public static async Task<string> CreateProductAsync(this HttpClient admin, string name, decimal price, int stock, bool active = true)
    {
        var response = await admin.PostAsJsonAsync("/api/products", new { name, price, stock, active, description = $"{name} for tests" });
        return (await response.ShouldBeAsync(HttpStatusCode.Created))["id"]!.GetValue<string>();
    }

    public static async Task<int> StockOfAsync(this HttpClient admin, string productId)
    {
        var product = await (await admin.GetAsync($"/api/products/{productId}")).ShouldBeAsync(HttpStatusCode.OK);
        return product["stock"]!.GetValue<int>();
    }

    public static async Task CreateDiscountAsync(this HttpClient admin, object discount) =>
        await (await admin.PostAsJsonAsync("/api/discounts", discount)).ShouldBeAsync(HttpStatusCode.Created);

    public static object Address() => new { fullName = "Ana García", street = "Calle Mayor 1", city = "Madrid", postalCode = "28013", country = "ES", phone = "+34 600 000 000" };

    public static object OrderBody(params (string ProductId, int Quantity)[] items) => new
    {
        items = items.Select(i => new { productId = i.ProductId, quantity = i.Quantity }).ToArray(),
        shippingAddress = Address(),
    };

    public static Task<HttpResponseMessage> PlaceOrderAsync(this HttpClient client, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public static async Task<JsonObject> PlaceOrderOkAsync(this HttpClient client, params (string ProductId, int Quantity)[] items) =>
        await (await client.PlaceOrderAsync(OrderBody(items))).ShouldBeAsync(HttpStatusCode.Created);

    public static string Str(this JsonNode? node) => node?.GetValue<string>() ?? throw new InvalidOperationException("null");

    public static decimal Dec(this JsonNode? node) => node!.GetValue<decimal>();

    public static string Json(object value) => JsonSerializer.Serialize(value);
}
