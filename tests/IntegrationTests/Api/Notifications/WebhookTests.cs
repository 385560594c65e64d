using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.Application.Common;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

public sealed class WebhookTests(NotificationsApiFactory factory) : IClassFixture<NotificationsApiFactory>, IAsyncLifetime
{
    private readonly HttpClient _admin = factory.Admin();

    // Tests share one API; a subscription left by an earlier test would still receive this test's events.
    public async Task InitializeAsync()
    {
        var list = await (await _admin.GetAsync("/api/webhooks?limit=100")).ShouldBeAsync(HttpStatusCode.OK);
        foreach (var subscription in list["items"]!.AsArray())
            (await _admin.DeleteAsync($"/api/webhooks/{subscription!["id"].Str()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task OrderPlaced_IsDeliveredSignedToASubscribedReceiver()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var secret = await SubscribeAsync(receiver.Url, "order.created", "order.status_changed");
        var product = await _admin.CreateProductAsync("Hook lamp", 20m, 5);

        var order = await factory.ClientFor("hooked").PlaceOrderOkAsync((product, 1));

        var received = await receiver.WaitForAsync(r => r.Count >= 1);
        var hook = received.Single();
        WebhookSignature.Verify(hook.Body, hook.Signature, secret, DateTimeOffset.UtcNow).IsSuccess.ShouldBeTrue();
        var body = JsonNode.Parse(hook.Body)!;
        body["event"].Str().ShouldBe("order.created");
        body["id"].Str().ShouldStartWith("evt_");
        body["timestamp"].Str().ShouldEndWith("Z");
        body["data"]!["orderId"].Str().ShouldBe(order["id"].Str());
        body["data"]!["orderNumber"].Str().ShouldBe(order["orderNumber"].Str());
        body["data"]!["newStatus"].Str().ShouldBe("pending");
        body["data"]!["version"]!.GetValue<int>().ShouldBe(1);
        body["data"]!["user"]!["id"].Str().ShouldBe("hooked");
        body["data"]!["user"]!["email"].ShouldBeNull();
    }

    [Fact]
    public async Task StatusChange_WebhookCarriesTheOrdersVersionAfterTheChange()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await SubscribeAsync(receiver.Url, "order.created", "order.status_changed");
        var product = await _admin.CreateProductAsync("Versioned lamp", 20m, 5);
        var order = await factory.ClientFor("versioned").PlaceOrderOkAsync((product, 1));
        var id = order["id"].Str();

        (await _admin.PutAsJsonAsync($"/api/orders/{id}/status", new { status = "paid" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var current = await _admin.GetAsync($"/api/orders/{id}");

        var received = await receiver.WaitForAsync(r => r.Count >= 2);
        var bodies = received.Select(r => JsonNode.Parse(r.Body)!).ToList();
        var created = bodies.Single(b => b["event"].Str() == "order.created");
        var changed = bodies.Single(b => b["event"].Str() == "order.status_changed");
        changed["data"]!["newStatus"].Str().ShouldBe("paid");
        var version = changed["data"]!["version"]!.GetValue<int>();
        version.ShouldBeGreaterThan(created["data"]!["version"]!.GetValue<int>());
        current.Headers.ETag!.Tag.ShouldBe($"\"{version}\"");
    }

    [Fact]
    public async Task ReceiverFailingTwice_GetsTheEventThreeTimes_AndTheDeliveryLogShowsIt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var secret = await SubscribeAsync(receiver.Url, "order.created");
        var subscriptionId = await SubscriptionIdAsync(receiver.Url);
        receiver.AnswerNext(500, 500);
        var product = await _admin.CreateProductAsync("Flaky lamp", 20m, 5);

        await factory.ClientFor("retried").PlaceOrderOkAsync((product, 1));

        var received = await receiver.WaitForAsync(r => r.Count >= 3);
        received.Select(r => JsonNode.Parse(r.Body)!["id"].Str()).Distinct().ShouldHaveSingleItem();
        received.ShouldAllBe(r => WebhookSignature.Verify(r.Body, r.Signature, secret, DateTimeOffset.UtcNow).IsSuccess);
        var log = await WaitForDeliveriesAsync(subscriptionId, 3);
        log.Select(d => d!["statusCode"]!.GetValue<int>()).ShouldBe([200, 500, 500]);
        log.Select(d => d!["attempt"]!.GetValue<int>()).ShouldBe([3, 2, 1]);
        log.ShouldAllBe(d => d!["durationMs"]!.GetValue<int>() >= 0);
        log[0]!["succeeded"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Event_IsNeverDeliveredToASubscriptionThatDoesNotListIt()
    {
        await using var statusOnly = await WebhookReceiver.StartAsync();
        await using var everything = await WebhookReceiver.StartAsync();
        await SubscribeAsync(statusOnly.Url, "order.status_changed");
        await SubscribeAsync(everything.Url, "order.created");
        var product = await _admin.CreateProductAsync("Quiet lamp", 20m, 5);

        var order = await factory.ClientFor("quiet").PlaceOrderOkAsync((product, 1));
        await everything.WaitForAsync(r => r.Count >= 1);

        // The witness: an event it does list, staged after the one it does not; once that has arrived, the other would have.
        await _admin.MoveAsync(order["id"].Str(), "paid");
        var received = await statusOnly.WaitForAsync(r => r.Count >= 1);
        received.Select(r => JsonNode.Parse(r.Body)!["event"].Str()).ShouldBe(["order.status_changed"]);
    }

    [Fact]
    public async Task RefusedOrder_SendsNothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await SubscribeAsync(receiver.Url, "order.created");
        var product = await _admin.CreateProductAsync("Scarce lamp", 20m, 1);

        (await factory.ClientFor("refused").PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 2)))).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The witness: an order placed after the refused one; once its webhook has arrived, one for the refusal would have.
        var witness = await factory.ClientFor("refused").PlaceOrderOkAsync((product, 1));
        var received = await receiver.WaitForAsync(r => r.Count >= 1);
        received.Select(r => JsonNode.Parse(r.Body)!["data"]!["orderId"].Str()).ShouldBe([witness["id"].Str()]);
    }

    [Fact]
    public async Task DeadDelivery_IsListedAndCanBeRetried()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await SubscribeAsync(receiver.Url, "order.created");
        receiver.AnswerNext(503, 503, 503);
        var product = await _admin.CreateProductAsync("Doomed lamp", 20m, 5);
        var order = await factory.ClientFor("doomed").PlaceOrderOkAsync((product, 1));

        var dead = await Eventually.FoundAsync(async () =>
        {
            var list = await (await _admin.GetAsync("/api/admin/outbox?status=dead&limit=100")).ShouldBeAsync(HttpStatusCode.OK);
            return list["items"]!.AsArray().FirstOrDefault(m => m!["orderId"].Str() == order["id"].Str() && m["kind"].Str() == "webhook");
        });
        dead["attempts"]!.GetValue<int>().ShouldBe(3);
        dead["lastError"].Str().ShouldContain("503");

        var retried = await (await _admin.PostAsync($"/api/admin/outbox/{dead["id"].Str()}/retry", null)).ShouldBeAsync(HttpStatusCode.OK);
        // The answer is the message as it is now: a dispatcher may already have sent it again.
        retried["status"].Str().ShouldBeOneOf("pending", "sent");

        await receiver.WaitForAsync(r => r.Count >= 4);
        await Eventually.FoundAsync(async () =>
        {
            var sent = await (await _admin.GetAsync("/api/admin/outbox?status=sent&limit=100")).ShouldBeAsync(HttpStatusCode.OK);
            return sent["items"]!.AsArray().FirstOrDefault(m => m!["id"].Str() == dead["id"].Str());
        });
        await (await _admin.PostAsync($"/api/admin/outbox/{dead["id"].Str()}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Subscriptions_ListWithoutSecrets_AndDeleteStopsDeliveries()
    {
        var created = await (await _admin.PostAsJsonAsync("/api/webhooks", new { url = "http://127.0.0.1:9/hook", events = new[] { "order.created" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        created["secret"].Str().ShouldStartWith("whsec_");

        var list = await (await _admin.GetAsync("/api/webhooks")).ShouldBeAsync(HttpStatusCode.OK);
        var listed = list["items"]!.AsArray().Single(s => s!["id"].Str() == created["id"].Str())!;
        listed["secret"].ShouldBeNull();

        (await _admin.DeleteAsync($"/api/webhooks/{created["id"].Str()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await _admin.DeleteAsync($"/api/webhooks/{created["id"].Str()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await _admin.GetAsync($"/api/webhooks/{created["id"].Str()}/deliveries")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"url":"ftp://example.com/hook","events":["order.created"]}""", "url")]
    [InlineData("""{"url":"not a url","events":["order.created"]}""", "url")]
    [InlineData("""{"url":"https://example.com/hook","events":[]}""", "events")]
    [InlineData("""{"url":"https://example.com/hook","events":["order.exploded"]}""", "events")]
    [InlineData("""{"url":"https://example.com/hook","events":["order.created"],"secret":"short"}""", "secret")]
    public async Task PostWebhook_WithInvalidFields_Returns400(string json, string field)
    {
        var response = await _admin.PostAsync("/api/webhooks", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]![field].ShouldNotBeNull();
    }

    [Fact]
    public async Task WebhookRoutes_AreForAdminsOnly()
    {
        await (await factory.ClientFor("curious").GetAsync("/api/webhooks")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.CreateClient().GetAsync("/api/admin/outbox")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await factory.ClientFor("curious").GetAsync("/api/admin/outbox")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<string> SubscribeAsync(string url, params string[] events)
    {
        var created = await (await _admin.PostAsJsonAsync("/api/webhooks", new { url, events })).ShouldBeAsync(HttpStatusCode.Created);
        return created["secret"].Str();
    }

    private async Task<string> SubscriptionIdAsync(string url)
    {
        var list = await (await _admin.GetAsync("/api/webhooks?limit=100")).ShouldBeAsync(HttpStatusCode.OK);
        return list["items"]!.AsArray().Single(s => s!["url"].Str() == url)!["id"].Str();
    }

    private async Task<JsonArray> WaitForDeliveriesAsync(string subscriptionId, int count) =>
        (await Eventually.FoundAsync(async () =>
        {
            var log = await (await _admin.GetAsync($"/api/webhooks/{subscriptionId}/deliveries")).ShouldBeAsync(HttpStatusCode.OK);
            var items = log["items"]!.AsArray();
            return items.Count >= count ? items : null;
        })).AsArray();
}
