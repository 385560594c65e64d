using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Shipments;

/// <summary>The shipment routes as a client calls them, and ready orders of several lines to ship.</summary>
public static class ShipmentsApi
{
    public const string Carrier = "SEUR";

    /// <summary>Units of the order's line of <paramref name="productId"/> (an order lists its lines in no promised order).</summary>
    public static object Line(JsonObject order, string productId, int quantity) => new { orderLineId = LineId(order, productId), quantity };

    public static string LineId(JsonObject order, string productId) =>
        order["items"]!.AsArray().Single(i => i!["productId"].Str() == productId)!["id"].Str();

    public static object Body(params object[] lines) => new { lines, carrier = Carrier, trackingNumber = $"TRK-{Guid.NewGuid():N}" };

    /// <summary>Every unit not yet shipped.</summary>
    public static object Rest(string trackingNumber = "TRK-REST") => new { carrier = Carrier, trackingNumber };

    public static Task<HttpResponseMessage> PostShipmentAsync(
        this HttpClient client, string order, object body, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{order}/shipments") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return client.SendAsync(request);
    }

    public static async Task<JsonObject> ShipOkAsync(this HttpClient admin, string order, object body) =>
        await (await admin.PostShipmentAsync(order, body)).ShouldBeAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PatchShipmentAsync(this HttpClient client, string order, string shipment, object body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/orders/{order}/shipments/{shipment}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static async Task<JsonObject> DeliverOkAsync(this HttpClient admin, string order, string shipment) =>
        await (await admin.PatchShipmentAsync(order, shipment, new { status = "delivered" })).ShouldBeAsync(HttpStatusCode.OK);

    public static async Task<JsonArray> ShipmentsOfAsync(this HttpClient client, string order) =>
        (await (await client.GetAsync($"/api/orders/{order}/shipments")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray();

    public static string Code(this JsonObject problem) => problem["code"].Str();

    public static string Fulfillment(this JsonObject order) => order["fulfillmentStatus"].Str();

    /// <summary>An order of <paramref name="items"/> for <paramref name="owner"/>, paid by the provider's event and made ready
    /// by the admin; as the admin sees it.</summary>
    public static async Task<JsonObject> ReadyOrderAsync(
        this OrdersApiFactory factory, HttpClient owner, params (string ProductId, int Quantity)[] items)
    {
        var order = await owner.PlaceOrderOkAsync(items);
        await factory.CreateClient().PayAsync(order);
        return await factory.Admin().MoveAsync(order.Id(), "in_preparation", "ready");
    }

    /// <summary>Products of 10 in stock for a test's order, named after the test.</summary>
    public static async Task<string[]> ProductsAsync(this HttpClient admin, string name, int count)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++) ids[i] = await admin.CreateProductAsync($"{name} {i + 1}", 10m + i, 10);
        return ids;
    }
}
