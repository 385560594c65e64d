using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Api.Notifications;

public sealed class DispatchIsolationTests(IsolationApiFactory factory, ITestOutputHelper output) : IClassFixture<IsolationApiFactory>
{
    private const int Orders = 30;

    // Serial dispatch would need at least 30 × the 1 s webhook timeout; 20 s leaves room for a slow machine and none
    // for a dispatcher that makes emails wait behind the silent receiver.
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task SilentReceiver_DelaysNoEmailAndNoOtherSubscription_AndItsBreakerOpens()
    {
        using var silent = SilentReceiver.Start();
        await using var healthy = await WebhookReceiver.StartAsync();
        var silentId = await SubscribeAsync(silent.Url);
        await SubscribeAsync(healthy.Url);
        var product = await _admin.CreateProductAsync("Isolated lamp", 5m, 100);

        var clock = Stopwatch.StartNew();
        for (var i = 0; i < Orders; i++) await factory.ClientFor($"iso-{i}").PlaceOrderOkAsync((product, 1));

        var emails = await factory.Smtp.WaitForMessagesAsync(Orders, Deadline, m => m.To.Contains("iso-", StringComparison.Ordinal));
        output.WriteLine($"{Orders} confirmation emails {clock.Elapsed.TotalSeconds:0.0} s after the first order");
        emails.Select(m => m.Subject).ShouldAllBe(s => s.EndsWith(" confirmed", StringComparison.Ordinal));
        await healthy.WaitForAsync(r => r.Count >= Orders, Deadline);
        output.WriteLine($"{Orders} healthy webhooks {clock.Elapsed.TotalSeconds:0.0} s after the first order");

        var log = await Eventually.FoundAsync(async () =>
        {
            var items = await DeliveriesAsync(silentId);
            return items.Any(d => d!["error"]?.GetValue<string>().Contains("circuit open", StringComparison.Ordinal) == true) ? items : null;
        });
        var attempts = log.AsArray().Select(d => d!).OrderBy(d => d["attemptedAt"]!.GetValue<DateTimeOffset>()).ToList();
        attempts.ShouldAllBe(d => d["statusCode"] == null && !d["succeeded"]!.GetValue<bool>());
        attempts.ShouldAllBe(d => d["error"]!.GetValue<string>().StartsWith("No answer within 1 s", StringComparison.Ordinal));
        var opened = attempts.FindIndex(d => d["error"]!.GetValue<string>().Contains("circuit open until", StringComparison.Ordinal));
        opened.ShouldBe(IsolationApiFactory.BreakerThreshold - 1, "the third timeout in a row opens the breaker");
        // Open for 10 minutes: only the sends already running when it opened may still be logged.
        (await DeliveriesAsync(silentId)).Count.ShouldBeLessThanOrEqualTo(IsolationApiFactory.BreakerThreshold + IsolationApiFactory.PerSubscription - 1);
    }

    private async Task<string> SubscribeAsync(string url)
    {
        var created = await (await _admin.PostAsJsonAsync("/api/webhooks", new { url, events = new[] { "order.created" } }))
            .ShouldBeAsync(HttpStatusCode.Created);
        return created["id"].Str();
    }

    private async Task<JsonArray> DeliveriesAsync(string subscriptionId) =>
        (await (await _admin.GetAsync($"/api/webhooks/{subscriptionId}/deliveries?limit=100")).ShouldBeAsync(HttpStatusCode.OK))["items"]!.AsArray();
}
