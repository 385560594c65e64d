using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Orders.Application.Common;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

/// <summary>The lifecycle steps as a client takes them over HTTP: status changes, cancel, reject, review, and signed
/// payment events from the provider.</summary>
public static class LifecycleApi
{
    public const string TrackingNumber = "1Z999AA10123456784";
    public const string Carrier = "UPS";

    public static string Id(this JsonObject order) => order["id"].Str();

    public static int Version(this JsonObject order) => order["version"]!.GetValue<int>();

    public static string Status(this JsonObject order) => order["status"].Str();

    public static string PaymentStatus(this JsonObject order) => order["payment"]!["status"].Str();

    public static JsonArray History(this JsonObject order) => order["statusHistory"]!.AsArray();

    /// <summary>The history as "from>to" steps, "null>pending" first.</summary>
    public static string[] Path(this JsonObject order) =>
        [.. order.History().Select(h => $"{h!["from"]?.GetValue<string>() ?? "null"}>{h!["to"].Str()}")];

    public static DateTimeOffset Instant(this JsonNode? node)
    {
        var text = node.Str();
        text.ShouldEndWith("Z");
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }

    public static async Task<JsonObject> GetOrderAsync(this HttpClient client, string order) =>
        await (await client.GetAsync($"/api/orders/{order}")).ShouldBeAsync(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> PutStatusAsync(
        this HttpClient admin, string order, string status, string? note = null, string? trackingNumber = null, string? shippingCarrier = null,
        string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/orders/{order}/status")
        {
            Content = JsonContent.Create(new { status, note, trackingNumber, shippingCarrier }),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return admin.SendAsync(request);
    }

    /// <summary>Walks the order through <paramref name="statuses"/> as an admin, each step answered 200; ships with a tracking
    /// number and carrier. Returns the last response body.</summary>
    public static async Task<JsonObject> MoveAsync(this HttpClient admin, string order, params string[] statuses)
    {
        JsonObject? last = null;
        foreach (var status in statuses)
        {
            var response = status == "shipped"
                ? await admin.PutStatusAsync(order, status, trackingNumber: TrackingNumber, shippingCarrier: Carrier)
                : await admin.PutStatusAsync(order, status, note: status == "rejected" ? "Rejected by the shop" : null);
            last = await response.ShouldBeAsync(HttpStatusCode.OK);
            last.Status().ShouldBe(status);
        }

        return last ?? throw new ArgumentException("No status to move to.", nameof(statuses));
    }

    /// <summary>Waits until the outbox's refund step has confirmed the order's refund; returns the order then.</summary>
    public static async Task<JsonObject> RefundedAsync(this HttpClient client, string order)
    {
        JsonObject? last = null;
        await Eventually.TrueAsync(async () => (last = await client.GetOrderAsync(order)).PaymentStatus() == "refunded", $"order {order} refunded");
        return last!;
    }

    public static Task<HttpResponseMessage> CancelAsync(this HttpClient client, string order, string? reason = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{order}/cancel") { Content = JsonContent.Create(new { reason }) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> RejectAsync(this HttpClient client, string order, string? note) =>
        client.PostAsJsonAsync($"/api/orders/{order}/reject", new { note });

    public static Task<HttpResponseMessage> ReviewAsync(this HttpClient client, string order, int? rating, string? comment = null) =>
        client.PostAsJsonAsync($"/api/orders/{order}/review", new { rating, comment });

    public static Task<HttpResponseMessage> StatusUpdateAsync(this HttpClient client, string orderId, string status) =>
        client.PostAsJsonAsync("/api/orders/status-update", new { orderId, status });

    /// <summary>A provider event for the order's payment intent; amount and currency default to the order's.</summary>
    public static object PaymentEvent(
        JsonObject order, string type = "payment.succeeded", string? eventId = null, decimal? amount = null, string? currency = null,
        string? transactionId = null, string? failureReason = null) => new
    {
        id = eventId ?? $"evt_{Guid.NewGuid():N}",
        type,
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        data = new
        {
            intentId = order["payment"]!["intentId"].Str(),
            transactionId = transactionId ?? $"txn_{Guid.NewGuid():N}",
            amount = amount ?? order["total"].Dec(),
            currency = currency ?? order["currency"].Str(),
            failureReason,
        },
    };

    /// <summary>Posts the event signed with the factory's webhook secret (or <paramref name="secret"/>) at
    /// <paramref name="signedAt"/> (now by default).</summary>
    public static Task<HttpResponseMessage> PostPaymentEventAsync(
        this HttpClient client, object paymentEvent, DateTimeOffset? signedAt = null, string? secret = null)
    {
        var payload = ApiClientExtensions.Json(paymentEvent);
        var signature = WebhookSignature.Sign(payload, secret ?? OrdersApiFactory.PaymentWebhookSecret, signedAt ?? DateTimeOffset.UtcNow);
        return client.PostWebhookAsync(payload, signature);
    }

    public static Task<HttpResponseMessage> PostWebhookAsync(this HttpClient client, string payload, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/payments/webhook")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        if (signature is not null) request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, signature);
        return client.SendAsync(request);
    }

    /// <summary>The provider confirms the order's payment; asserts the event was applied.</summary>
    public static async Task<JsonObject> PayAsync(this HttpClient client, JsonObject order, string? transactionId = null)
    {
        var outcome = await (await client.PostPaymentEventAsync(PaymentEvent(order, transactionId: transactionId))).ShouldBeAsync(HttpStatusCode.OK);
        outcome["result"].Str().ShouldBe("applied");
        return outcome;
    }

    /// <summary>Places an order of one unit of <paramref name="productId"/> for <paramref name="owner"/> and takes it to
    /// <paramref name="status"/> the ordinary way (payment by webhook, the rest by an admin). Returns it as the admin sees it.</summary>
    public static async Task<JsonObject> OrderInStateAsync(this OrdersApiFactory factory, HttpClient owner, string productId, string status)
    {
        var order = await owner.PlaceOrderOkAsync((productId, 1));
        var admin = factory.Admin();
        switch (status)
        {
            case "pending":
                break;
            case "canceled":
                await (await owner.CancelAsync(order.Id(), "Changed my mind")).ShouldBeAsync(HttpStatusCode.OK);
                break;
            case "rejected":
                await (await admin.RejectAsync(order.Id(), "Out of delivery area")).ShouldBeAsync(HttpStatusCode.OK);
                break;
            default:
                await factory.CreateClient().PayAsync(order);
                string[] fulfilment = ["in_preparation", "ready", "shipped", "delivered"];
                var steps = status == "paid" ? [] : fulfilment[..(Array.IndexOf(fulfilment, status) + 1)];
                if (steps.Length > 0) await admin.MoveAsync(order.Id(), steps);
                break;
        }

        var reached = await admin.GetOrderAsync(order.Id());
        reached.Status().ShouldBe(status);
        return reached;
    }
}
