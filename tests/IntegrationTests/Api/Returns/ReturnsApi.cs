using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Returns;

/// <summary>The return routes as a client calls them, and an order taken to delivered the ordinary way.</summary>
public static class ReturnsApi
{
    public static string LineId(this JsonObject order, int index = 0) => order["items"]![index]!["id"].Str();

    public static string ETagOf(this HttpResponseMessage response) => response.Headers.ETag?.Tag ?? throw new InvalidOperationException("no ETag");

    /// <summary>Places <paramref name="units"/> of <paramref name="productId"/> for <paramref name="owner"/>, pays it by a
    /// provider event signed at <paramref name="signedAt"/> (now by default; the host's clock when it runs on a fake one)
    /// and has an admin walk it to delivered. Returns the order as the admin sees it.</summary>
    public static async Task<JsonObject> DeliveredOrderAsync(
        this OrdersApiFactory factory, HttpClient owner, string productId, int units, DateTimeOffset? signedAt = null)
    {
        var order = await owner.PlaceOrderOkAsync((productId, units));
        var paid = await (await factory.CreateClient().PostPaymentEventAsync(LifecycleApi.PaymentEvent(order), signedAt)).ShouldBeAsync(HttpStatusCode.OK);
        paid["result"].Str().ShouldBe("applied");
        return await factory.Admin().MoveAsync(order.Id(), "in_preparation", "ready", "shipped", "delivered");
    }

    public static Task<HttpResponseMessage> RequestReturnAsync(
        this HttpClient client, string order, string orderLineId, int quantity, string? reason = null, string? ifMatch = null) =>
        client.SendAsync(With(ifMatch, new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{order}/returns")
        {
            Content = JsonContent.Create(new { lines = new[] { new { orderLineId, quantity } }, reason }),
        }));

    public static async Task<JsonObject> RequestReturnOkAsync(this HttpClient client, string order, string orderLineId, int quantity, string? reason = null) =>
        await (await client.RequestReturnAsync(order, orderLineId, quantity, reason)).ShouldBeAsync(HttpStatusCode.Created);

    /// <summary>approve, cancel (no body), decline (<paramref name="body"/> with a note) or receive (<paramref name="body"/> with lines).</summary>
    public static Task<HttpResponseMessage> ReturnActionAsync(
        this HttpClient client, string order, string returnId, string action, object? body = null, string? ifMatch = null) =>
        client.SendAsync(With(ifMatch, new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{order}/returns/{returnId}/{action}")
        {
            Content = JsonContent.Create(body ?? new { }),
        }));

    public static Task<HttpResponseMessage> ReceiveAsync(
        this HttpClient admin, string order, string returnId, string? ifMatch, params (string OrderLineId, int Quantity, string Disposition)[] lines) =>
        admin.ReturnActionAsync(order, returnId, "receive",
            new { lines = lines.Select(l => new { orderLineId = l.OrderLineId, quantity = l.Quantity, disposition = l.Disposition }) }, ifMatch);

    private static HttpRequestMessage With(string? ifMatch, HttpRequestMessage request)
    {
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
