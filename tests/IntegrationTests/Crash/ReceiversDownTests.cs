using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.Application.Common;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Crash;

/// <summary>Issue 8: the SMTP server and the webhook receiver down for a while, then back on the same ports. A refused
/// connection delivers nothing, so once they are back every message arrives, and exactly once.</summary>
public sealed class ReceiversDownTests(ReceiversDownApiFactory factory, ITestOutputHelper output) : IClassFixture<ReceiversDownApiFactory>
{
    private const int OrderCount = 12;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task OrdersPlacedWhileSmtpAndWebhookReceiverAreDown_AreEachDeliveredExactlyOnceWhenTheyAreBack()
    {
        var admin = factory.Admin();
        await using var receiver = await WebhookReceiver.StartAsync();
        var secret = (await (await admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.created" } }))
            .ShouldBeAsync(HttpStatusCode.Created))["secret"].Str();
        var product = await admin.CreateProductAsync("Patient crate", 12.5m, 100);

        factory.Smtp.Stop();
        await receiver.StopAsync();
        var orders = new Dictionary<string, JsonObject>();
        try
        {
            for (var i = 0; i < OrderCount; i++)
            {
                var order = await factory.ClientFor($"down-{i:D2}").PlaceOrderOkAsync((product, 1));
                orders[order["id"].Str()] = order;
            }

            // The witness that both were really down: every message of these orders has failed twice already.
            var failing = await Eventually.FoundAsync(
                async () => (await MessagesOfAsync(admin, orders.Keys)) is { Count: 2 * OrderCount } m && m.All(x => x!["attempts"]!.GetValue<int>() >= 2) ? m : null,
                Deadline,
                () => "Not every email and webhook of the orders had failed twice while the receivers were down");
            failing.ShouldAllBe(m => m!["status"].Str() == "pending" && m["lastError"] != null);
            receiver.Received.ShouldBeEmpty();
        }
        finally
        {
            factory.Smtp.Start();
            await receiver.RestartAsync();
        }

        // The witness that nothing more will go out: every message is marked sent, and a sent message is never sent again.
        var sent = await Eventually.FoundAsync(
            async () => (await MessagesOfAsync(admin, orders.Keys)) is { Count: 2 * OrderCount } m && m.All(x => x!["status"].Str() == "sent") ? m : null,
            Deadline,
            () => "Not every email and webhook was sent after the receivers came back");

        var mails = await factory.Smtp.WaitForMessagesAsync(0, Deadline, m => m.To.Contains("down-", StringComparison.Ordinal));
        foreach (var order in orders.Values)
        {
            var number = order["orderNumber"].Str();
            mails.Count(m => m.Subject.Contains(number, StringComparison.Ordinal))
                .ShouldBe(1, $"the confirmation of {number} should arrive exactly once");
        }

        mails.Count.ShouldBe(OrderCount);
        var hooks = receiver.Received.Select(r => (Hook: r, Body: JsonNode.Parse(r.Body)!)).ToList();
        hooks.ShouldAllBe(h => WebhookSignature.Verify(h.Hook.Body, h.Hook.Signature, secret, DateTimeOffset.UtcNow).IsSuccess);
        hooks.Select(h => h.Body["data"]!["orderId"].Str()).Distinct().Order().ShouldBe(orders.Keys.Order());
        var duplicates = hooks.Count - hooks.Select(h => h.Body["id"].Str()).Distinct().Count();
        duplicates.ShouldBe(0, "a receiver that refused the connection never got the event, so nothing should come twice");
        output.WriteLine(
            $"{OrderCount} orders placed while SMTP and the webhook receiver were down; after they came back {mails.Count} emails and " +
            $"{hooks.Count} webhooks arrived ({duplicates} duplicates) after up to {sent.Max(m => m!["attempts"]!.GetValue<int>())} attempts.");
    }

    /// <summary>The outbox messages (any status) of <paramref name="orderIds"/>.</summary>
    private static async Task<List<JsonNode?>> MessagesOfAsync(HttpClient admin, IEnumerable<string> orderIds)
    {
        var wanted = orderIds.ToHashSet(StringComparer.Ordinal);
        var found = new List<JsonNode?>();
        for (var page = 1; ; page++)
        {
            var list = await (await admin.GetAsync($"/api/admin/outbox?limit=100&page={page}")).ShouldBeAsync(HttpStatusCode.OK);
            var items = list["items"]!.AsArray();
            found.AddRange(items.Where(m => m!["orderId"]?.GetValue<string>() is { } id && wanted.Contains(id)).Select(m => m!.DeepClone()));
            if (items.Count == 0 || page * 100 >= list["total"]!.GetValue<int>()) return found;
        }
    }
}
