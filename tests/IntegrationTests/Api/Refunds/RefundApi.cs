using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Refunds;

/// <summary>The refund routes over HTTP, and what their tests set up: a paid order.</summary>
public static class RefundApi
{
    public static object Lines(params (string OrderLineId, int Quantity)[] lines) =>
        lines.Select(l => new { orderLineId = l.OrderLineId, quantity = l.Quantity }).ToArray();

    /// <summary><c>POST /api/orders/{id}/refunds</c> with <paramref name="key"/> (none when null) and If-Match when given.</summary>
    public static Task<HttpResponseMessage> RefundAsync(this HttpClient client, string order, object body, string? key, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{order}/refunds") { Content = JsonContent.Create(body) };
        if (key is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    /// <summary>Creates the refund under a fresh key; asserts 201 and returns it.</summary>
    public static async Task<JsonObject> RefundOkAsync(this HttpClient admin, string order, object body) =>
        await (await admin.RefundAsync(order, body, $"key-{Guid.NewGuid():N}")).ShouldBeAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> RetryRefundAsync(this HttpClient client, string order, string refund) =>
        client.PostAsync($"/api/orders/{order}/refunds/{refund}/retry", null);

    public static async Task<JsonArray> RefundsAsync(this HttpClient client, string order) =>
        (await (await client.GetAsync($"/api/orders/{order}/refunds")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray();

    public static async Task<JsonObject> RefundOfAsync(this HttpClient client, string order, string refund) =>
        await (await client.GetAsync($"/api/orders/{order}/refunds/{refund}")).ShouldBeAsync(HttpStatusCode.OK);

    /// <summary>Waits until the refund is <paramref name="status"/>; returns it then.</summary>
    public static async Task<JsonObject> RefundInAsync(this HttpClient client, string order, string refund, string status)
    {
        JsonObject? last = null;
        await Eventually.TrueAsync(async () => (last = await client.RefundOfAsync(order, refund))["status"].Str() == status,
            TimeSpan.FromSeconds(20), () => $"refund {refund} {status} (it is {last?["status"]})");
        return last!;
    }

    /// <summary>Sends every request at once, released together.</summary>
    public static async Task<HttpResponseMessage[]> RushAsync(IReadOnlyList<Func<Task<HttpResponseMessage>>> sends)
    {
        var start = new TaskCompletionSource();
        var all = sends.Select(async send =>
        {
            await start.Task;
            return await send();
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(all);
    }

    public static string LineId(this JsonObject order, int index = 0) => order["items"]![index]!["id"].Str();

    /// <summary>An order of <paramref name="quantity"/> units at <paramref name="price"/> (8% tax, free standard shipping
    /// unless <paramref name="shippingMethod"/> says otherwise), paid through <paramref name="pay"/>.</summary>
    public static async Task<JsonObject> PaidOrderAsync(
        this OrdersApiFactory factory, string buyer, Func<JsonObject, Task> pay, decimal price = 10m, int quantity = 3, string? shippingMethod = null)
    {
        var product = await factory.Admin().CreateProductAsync($"Refundable {Guid.NewGuid():N}", price, 100);
        var body = new
        {
            items = new[] { new { productId = product, quantity } },
            shippingAddress = ApiClientExtensions.Address(),
            shippingMethod = shippingMethod ?? "standard",
        };
        var order = await (await factory.ClientFor(buyer).PlaceOrderAsync(body)).ShouldBeAsync(HttpStatusCode.Created);
        await pay(order);
        return await factory.Admin().GetOrderAsync(order.Id());
    }
}
