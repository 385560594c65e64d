using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orders.Application.Outbox;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Outbox;

/// <summary>Issue 20: an SMTP server and a webhook receiver down for a whole day, on the outbox's default retry timings.
/// The test plays the dispatcher: it runs the API's own outbox processors on every message due, then moves the fake
/// clock to the next one due, so each attempt happens when it would in production, with real refused connections.</summary>
public sealed class OutboxOutageTests(OutageApiFactory factory, ITestOutputHelper output) : IClassFixture<OutageApiFactory>
{
    private const int OrderCount = 3;
    private static readonly TimeSpan Outage = TimeSpan.FromHours(24);
    private static readonly string[] Kinds = [OutboxKinds.Email, OutboxKinds.Webhook];

    [Fact]
    public async Task ReceiversDownForADay_GetEveryEmailAndWebhookOnce_WhenTheyAreBack()
    {
        var defaults = factory.Services.GetRequiredService<OutboxOptions>();
        var clock = (FakeTimeProvider)factory.Services.GetRequiredService<TimeProvider>();
        var admin = factory.Admin();
        await using var receiver = await WebhookReceiver.StartAsync();
        await (await admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.created" } })).ShouldBeAsync(HttpStatusCode.Created);
        var product = await admin.CreateProductAsync("Outage crate", 12.5m, 100);

        factory.Smtp.Stop();
        await receiver.StopAsync();
        List<OutboxMessage> messages;
        var orders = new List<JsonObject>();
        try
        {
            for (var i = 0; i < OrderCount; i++) orders.Add(await factory.ClientFor($"outage-{i}").PlaceOrderOkAsync((product, 1)));
            var ids = orders.Select(o => o["id"].Str()).ToList();
            var wentDown = clock.GetUtcNow();
            await RunUntilAsync(clock, wentDown + Outage);

            // The witness that both were down all day, and that the outbox kept at it: every message failed far more
            // often than the old eight attempts, and none is dead.
            messages = await MessagesAsync(ids);
            messages.Count.ShouldBe(2 * OrderCount);
            messages.Where(m => m.Status != OutboxStatus.Pending).Select(m => $"{m.Kind} {m.Status} after {m.Attempts} attempts: {m.LastError}")
                .ShouldBeEmpty("no message may die during a day-long outage");
            messages.ShouldAllBe(m => m.LastError != null);
            messages.ShouldAllBe(m => m.Attempts > 8);
            messages.ShouldAllBe(m => m.NextAttemptAt <= clock.GetUtcNow() + TimeSpan.FromSeconds(defaults.MaxDelaySeconds));
            receiver.Received.ShouldBeEmpty();
            output.WriteLine($"after {Outage.TotalHours} simulated hours down: {messages.Min(m => m.Attempts)} to {messages.Max(m => m.Attempts)} attempts each, none dead");
        }
        finally
        {
            factory.Smtp.Start();
            await receiver.RestartAsync();
        }

        var cameBack = clock.GetUtcNow();
        await RunUntilAsync(clock, cameBack + TimeSpan.FromSeconds(defaults.MaxDelaySeconds));

        messages = await MessagesAsync([.. orders.Select(o => o["id"].Str())]);
        messages.ShouldAllBe(m => m.Status == OutboxStatus.Sent, "everything goes out within one longest wait after the receivers are back");
        messages.ShouldAllBe(m => m.SentAt <= cameBack + TimeSpan.FromSeconds(defaults.MaxDelaySeconds));
        // Sent is final: nothing more will go out, so the counts below are the final ones.
        var mails = await factory.Smtp.WaitForMessagesAsync(0, Eventually.DefaultTimeout, m => m.To.Contains("outage-", StringComparison.Ordinal));
        foreach (var order in orders)
            mails.Count(m => m.Subject.Contains(order["orderNumber"].Str(), StringComparison.Ordinal)).ShouldBe(1, $"one confirmation of {order["orderNumber"].Str()}");
        mails.Count.ShouldBe(OrderCount);
        var hooks = receiver.Received.Select(r => JsonNode.Parse(r.Body)!).ToList();
        hooks.Select(h => h["data"]!["orderId"].Str()).Order().ShouldBe(orders.Select(o => o["id"].Str()).Order());
        hooks.Select(h => h["id"].Str()).Distinct().Count().ShouldBe(OrderCount);
        output.WriteLine($"after they came back: {mails.Count} emails and {hooks.Count} webhooks, all sent within " +
            $"{messages.Max(m => m.SentAt!.Value - cameBack).TotalMinutes:0} simulated minutes, after up to {messages.Max(m => m.Attempts)} attempts");
    }

    /// <summary>Sends whatever is due, then moves the clock to the next message due, until none is due before
    /// <paramref name="until"/>; leaves the clock there.</summary>
    private async Task RunUntilAsync(FakeTimeProvider clock, DateTimeOffset until)
    {
        for (var passes = 0; ; passes++)
        {
            passes.ShouldBeLessThan(10_000, "the outbox should not need this many passes");
            await SendDueAsync();
            var next = await WithDbAsync(db => db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending)
                .Select(m => (DateTimeOffset?)m.NextAttemptAt).OrderBy(at => at).FirstOrDefaultAsync());
            if (next is not { } at || at > until) break;
            if (at > clock.GetUtcNow()) clock.SetUtcNow(at);
        }

        if (until > clock.GetUtcNow()) clock.SetUtcNow(until);
    }

    /// <summary>One pass of a dispatcher: each due message claimed and sent by a processor of its own scope.</summary>
    private async Task SendDueAsync()
    {
        foreach (var kind in Kinds)
        {
            IReadOnlyList<DueMessage> due;
            await using (var scope = factory.Services.CreateAsyncScope())
                due = await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().FindDueAsync(kind, [], 100, CancellationToken.None);
            foreach (var message in due)
            {
                await using var scope = factory.Services.CreateAsyncScope();
                var processor = scope.ServiceProvider.GetRequiredService<OutboxProcessor>();
                if (await processor.ClaimAsync(message.Id, CancellationToken.None)) await processor.HandleClaimedAsync(message.Id, CancellationToken.None);
            }
        }
    }

    private Task<List<OutboxMessage>> MessagesAsync(IReadOnlyCollection<string> orderIds) =>
        WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.OrderId != null && orderIds.Contains(m.OrderId)).ToListAsync());

    private async Task<T> WithDbAsync<T>(Func<OrdersDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OrdersDbContext>());
    }
}
