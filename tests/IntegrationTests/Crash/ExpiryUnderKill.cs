using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.Infrastructure.Outbox;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Crash;

/// <summary>Issue 20: unpaid orders expired exactly once across two instances with a kill. An API with its dispatcher off
/// (so it neither sends nor sweeps) takes the orders on PostgreSQL, with <c>Payments:PendingExpiry</c> of two seconds;
/// once all are past it a worker and a second API (dispatcher on) start at once, both sweeping; the worker is killed
/// with SIGKILL as soon as the first cancellations are in, and started again. Every unpaid order must end canceled once,
/// by the system, with its stock back once and one cancellation email and webhook; the paid ones stay paid.</summary>
public sealed class ExpiryUnderKill(ITestOutputHelper output)
{
    private const int Buyers = 40;
    private const int OrdersPerBuyer = 5;
    private const int PaidEvery = 10;
    private const int InitialStock = 10_000;
    private const string Buyer = "expiry-buyer-";
    private static readonly TimeSpan PendingExpiry = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(180);

    public async Task<ExpiryFigures> RunAsync()
    {
        using var smtp = new SmtpServer();
        await using var receiver = await WebhookReceiver.StartAsync();
        var connectionString = PostgresServer.Shared.CreateDatabase();
        var settings = HostSettings.For("Postgres", connectionString, smtp).With(
            ("Payments:WebhookSecret", OrdersApiFactory.PaymentWebhookSecret),
            ("Payments:PendingExpiry", PendingExpiry.ToString()),
            ("Orders:MaxUnpaidPerCustomer", "0"));

        await using var taker = await ApiProcess.StartAsync(settings.With(("Outbox:DispatcherEnabled", "false")), output, "api taking orders");
        var admin = taker.ClientFor("expiry-admin", admin: true);
        var product = await admin.CreateProductAsync("Expiring crash lamp", 3m, InitialStock);
        var webhookSecret = (await (await admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.created", "order.status_changed" } }))
            .ShouldBeAsync(HttpStatusCode.Created))["secret"].Str();
        var (placed, paid) = await PlaceAsync(taker, product);
        var unpaid = placed.Keys.Where(id => !paid.ContainsKey(id)).ToHashSet(StringComparer.Ordinal);
        (await admin.StockOfAsync(product)).ShouldBe(InitialStock - placed.Values.Sum());

        // Nothing has swept yet (the taker does not); wait until the newest order is past its expiry, so that the first pass
        // of each sweeper finds every unpaid order.
        var newest = (await CrashEvidence.AllOrdersAsync(admin)).Values.Max(o => o["createdAt"].Instant());
        await Eventually.TrueAsync(() => Task.FromResult(DateTimeOffset.UtcNow > newest + PendingExpiry + TimeSpan.FromSeconds(1)), "every order past its expiry");

        var worker = ChildProcess.Start("Worker", settings, output, "worker sweeping");
        var startingApi = ApiProcess.StartAsync(settings, output, "api sweeping");
        try
        {
            await Eventually.TrueAsync(async () => await CanceledAsync(admin) > 0, Deadline, () => "the first expired order canceled");
            worker.Kill();
            var killedAt = DateTimeOffset.UtcNow;
            var sinceKill = Stopwatch.StartNew();
            var canceledWhenKilled = await CanceledAsync(admin);
            var claims = await OutboxRows.ClaimedAsync("Postgres", connectionString, worker.Id);
            var emailsBefore = await CrashEvidence.EmailsStoredAfterWitnessAsync(smtp);
            output.WriteLine($"Worker killed with {canceledWhenKilled} of {unpaid.Count} unpaid orders canceled; " +
                $"its claims: {string.Join(", ", claims.Select(c => $"{c.Value} {c.Key}"))}.");
            canceledWhenKilled.ShouldBeLessThan(unpaid.Count, "the kill should land in the middle of the sweep");

            var sweepingApi = await startingApi;
            await worker.DisposeAsync();
            worker = ChildProcess.Start("Worker", settings, output, "worker after the kill");
            await Eventually.TrueAsync(async () => await CanceledAsync(admin) >= unpaid.Count, Deadline,
                () => $"every unpaid order canceled (one sweeper runs at start, the other every {Orders.Infrastructure.Persistence.UnpaidOrderExpiry.Interval.TotalSeconds} s)");
            var allExpiredAfter = sinceKill.Elapsed;

            var orders = await CrashEvidence.AllOrdersAsync(admin);
            orders.Count.ShouldBe(placed.Count);
            foreach (var order in orders.Values)
            {
                CrashEvidence.ShouldBeConsistent(order);
                if (unpaid.Contains(order.Id()))
                {
                    order.Path().ShouldBe(["null>pending", "pending>canceled"], $"order {order.Id()} is canceled once");
                    order.History()[^1]!["by"].Str().ShouldBe("system");
                }
                else order.Path().ShouldBe(["null>pending", "pending>paid"], $"paid order {order.Id()} is left alone");
            }

            (await admin.StockOfAsync(product)).ShouldBe(InitialStock - paid.Keys.Sum(id => placed[id]), "every expired order's stock back once");

            await CrashEvidence.WaitForEveryDeliveryAsync(orders, smtp, receiver, Deadline);
            var deliveredAfter = sinceKill.Elapsed;
            await CrashEvidence.ShouldHaveNothingLeftToSendAsync(admin);
            var (duplicateEmails, duplicateWebhooks, _) = CrashEvidence.ShouldDuplicateOnlyAcrossTheCut(smtp, receiver, emailsBefore, killedAt, webhookSecret);
            duplicateEmails.ShouldBeLessThanOrEqualTo(claims.GetValueOrDefault(OutboxKinds.Email), "more emails came twice than the killed worker had in flight");
            duplicateWebhooks.ShouldBeLessThanOrEqualTo(claims.GetValueOrDefault(OutboxKinds.Webhook), "more webhooks came twice than the killed worker had in flight");
            ShouldHaveOneCancellationEach(orders, unpaid, smtp, receiver);
            worker.HasExited.ShouldBeFalse(worker.Output);
            sweepingApi.HasExited.ShouldBeFalse(sweepingApi.Output);

            return new ExpiryFigures(
                placed.Count, paid.Count, unpaid.Count, canceledWhenKilled, claims.GetValueOrDefault(OutboxKinds.Email),
                claims.GetValueOrDefault(OutboxKinds.Webhook), allExpiredAfter, deliveredAfter, duplicateEmails, duplicateWebhooks);
        }
        finally
        {
            await worker.DisposeAsync();
            // An API that failed to start has disposed itself; one that started is disposed here, once.
            if (await Task.WhenAny(startingApi) is { IsCompletedSuccessfully: true }) await (await startingApi).DisposeAsync();
        }
    }

    /// <summary>Each buyer places <see cref="OrdersPerBuyer"/> orders of 1–3 units, all buyers at once; every
    /// <see cref="PaidEvery"/>th order is paid at once. Returns the quantity of each order, and the paid ones.</summary>
    private static async Task<(ConcurrentDictionary<string, int> Placed, ConcurrentDictionary<string, byte> Paid)> PlaceAsync(ApiProcess api, string product)
    {
        var placed = new ConcurrentDictionary<string, int>();
        var paid = new ConcurrentDictionary<string, byte>();
        await Task.WhenAll(Enumerable.Range(0, Buyers).Select(i => Task.Run(async () =>
        {
            using var client = api.ClientFor($"{Buyer}{i:D2}");
            using var provider = api.Client();
            for (var j = 0; j < OrdersPerBuyer; j++)
            {
                var quantity = 1 + ((i + j) % 3);
                var order = await client.PlaceOrderOkAsync((product, quantity));
                placed[order.Id()] = quantity;
                if ((i * OrdersPerBuyer + j) % PaidEvery != 0) continue;
                await provider.PayAsync(order);
                paid[order.Id()] = 0;
            }
        })));
        return (placed, paid);
    }

    /// <summary>One cancellation event per expired order: one webhook event id saying canceled, one cancellation email
    /// (copies of either are <see cref="CrashEvidence.ShouldDuplicateOnlyAcrossTheCut"/>'s business); none for a paid order.</summary>
    private static void ShouldHaveOneCancellationEach(Dictionary<string, JsonObject> orders, HashSet<string> unpaid, SmtpServer smtp, WebhookReceiver receiver)
    {
        var canceledEvents = receiver.Received.Select(r => JsonNode.Parse(r.Body)!)
            .Where(b => b["event"].Str() == "order.status_changed" && b["data"]!["newStatus"].Str() == "canceled")
            .GroupBy(b => b["data"]!["orderId"].Str()).ToDictionary(g => g.Key, g => g.Select(b => b["id"].Str()).Distinct().Count());
        var canceledMails = CrashEvidence.Emails(smtp).Where(m => m.Subject.Contains("has been canceled", StringComparison.Ordinal))
            .GroupBy(m => m.Subject).ToDictionary(g => g.Key, g => g.Count());
        foreach (var order in orders.Values)
        {
            var expected = unpaid.Contains(order.Id()) ? 1 : 0;
            canceledEvents.GetValueOrDefault(order.Id()).ShouldBe(expected, $"cancellation events of {order.Id()}");
            canceledMails.Keys.Count(s => s.Contains(order["orderNumber"].Str(), StringComparison.Ordinal)).ShouldBe(expected, $"cancellation emails of {order.Id()}");
        }
    }

    private static async Task<int> CanceledAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/admin/orders?status=canceled&limit=1")).ShouldBeAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();
}
