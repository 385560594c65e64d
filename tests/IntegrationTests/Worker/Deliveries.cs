using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Worker;

/// <summary>Orders placed through API processes whose own dispatcher is off, and the proof that the workers delivered
/// each one's confirmation email and <c>order.created</c> webhook exactly once.</summary>
public sealed class Deliveries(IReadOnlyList<ApiProcess> apis, SmtpServer smtp, WebhookReceiver receiver, string buyerPrefix)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private readonly List<JsonObject> _placed = [];
    private string _product = "";

    /// <summary>Subscribes the receiver and makes a product, through the first API.</summary>
    public async Task PrepareAsync()
    {
        var admin = apis[0].ClientFor($"{buyerPrefix}admin", admin: true);
        (await admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.created" } })).StatusCode.ShouldBe(HttpStatusCode.Created);
        _product = await admin.CreateProductAsync($"{buyerPrefix}lamp", 5m, 1000);
    }

    /// <summary>Places <paramref name="count"/> orders, each by its own buyer, spread over the APIs: one at a time on
    /// each API, all APIs at once (the test is about the sending; a crowd on one product's row is ScaleOutTests').</summary>
    public async Task PlaceAsync(int count)
    {
        var end = _placed.Count + count;
        while (_placed.Count < end)
        {
            var round = Enumerable.Range(_placed.Count, Math.Min(apis.Count, end - _placed.Count));
            _placed.AddRange(await Task.WhenAll(round.Select(i => apis[i % apis.Count].ClientFor($"{buyerPrefix}{i}").PlaceOrderOkAsync((_product, 1)))));
        }
    }

    /// <summary>Waits for every order's email and webhook; then places one more order (the witness) and waits for its
    /// email and webhook and for an outbox with nothing left to send: a copy of an earlier message would have been sent
    /// by then. Each order has exactly one email and one webhook.</summary>
    public async Task ShouldBeDeliveredExactlyOnceAsync()
    {
        await smtp.WaitForMessagesAsync(_placed.Count, Deadline, ToABuyer);
        await receiver.WaitForAsync(r => r.Count >= _placed.Count, Deadline);

        await PlaceAsync(1);
        var witness = _placed[^1];
        await smtp.WaitForMessagesAsync(1, Deadline, m => m.Subject == Subject(witness));
        await receiver.WaitForAsync(r => r.Any(w => OrderIdOf(w) == witness["id"].Str()), Deadline);
        var admin = apis[0].ClientFor($"{buyerPrefix}admin", admin: true);
        await Eventually.TrueAsync(async () =>
            (await (await admin.GetAsync("/api/admin/outbox?status=pending&limit=100")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray().Count == 0,
            "the outbox has nothing left to send");

        var emails = await smtp.WaitForMessagesAsync(0, TimeSpan.Zero, ToABuyer);
        emails.Select(m => m.Subject).Order().ShouldBe(_placed.Select(Subject).Order(), "one confirmation per order");
        receiver.Received.Select(OrderIdOf).Order().ShouldBe(_placed.Select(o => o["id"].Str()).Order(), "one webhook per order");
        receiver.Received.Select(w => JsonNode.Parse(w.Body)!["id"].Str()).Distinct().Count().ShouldBe(_placed.Count);
    }

    private bool ToABuyer(ReceivedEmail message) => message.To.Contains(buyerPrefix, StringComparison.Ordinal);

    private static string Subject(JsonObject order) => $"Order {order["orderNumber"].Str()} confirmed";

    private static string OrderIdOf(ReceivedWebhook webhook) => JsonNode.Parse(webhook.Body)!["data"]!["orderId"].Str();
}
