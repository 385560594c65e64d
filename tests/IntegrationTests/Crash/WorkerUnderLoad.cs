using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Orders.Infrastructure.Outbox;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Crash;

/// <summary>Issue 20's faults in the scaled-out shape: the API as a child process with its dispatcher off takes the crash
/// suite's load (<see cref="CrashLoad"/>) while a worker process sends its emails and webhooks. Mid-load the worker is
/// killed with SIGKILL, or the SMTP server and the webhook receiver go down; the load goes on through the fault and
/// after the recovery (worker started again, receivers back on their ports). Then every acknowledged order must be
/// there, stock conserved, and every email and webhook delivered; a message may come twice only across the fault and
/// no more often than messages were in flight at it (<see cref="CrashEvidence"/>).</summary>
public sealed class WorkerUnderLoad(ITestOutputHelper output)
{
    private const int Buyers = 12;
    private const int FaultAfterAcknowledged = 60;
    private const int AcknowledgedDuringFault = 40;
    private const int AcknowledgedAfterRecovery = 20;
    private const int SentBeforeFault = 20;
    private const string Buyer = "crash-buyer-";
    // The worker restarted must first wait out the dead one's claims (Outbox:LeaseSeconds, 20 s by default) and catch up
    // on everything the API staged meanwhile; on a loaded 2-core machine that takes a while.
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromSeconds(180);
    private static readonly TimeSpan Witness = TimeSpan.FromSeconds(90);

    public async Task<WorkerFaultFigures> RunAsync(string provider, string connectionString, WorkerFault fault)
    {
        using var smtp = new SmtpServer();
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = Settings(provider, connectionString, smtp);
        await using var api = await ApiProcess.StartAsync(settings.With(("Outbox:DispatcherEnabled", "false")), output, $"{provider} api");
        var worker = StartWorker(settings, $"{provider} worker");
        var unfinishedBefore = 0;
        try
        {
            var admin = api.ClientFor("crash-admin", admin: true);
            var products = await CrashLoad.StockCatalogAsync(admin);
            var webhookSecret = (await (await admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.created", "order.status_changed" } }))
                .ShouldBeAsync(HttpStatusCode.Created))["secret"].Str();

            var load = new CrashLoad();
            load.Start(api, products, Buyers);
            await load.ReachedAsync(FaultAfterAcknowledged);
            // The fault hits a worker that is well into sending, not one still starting.
            await smtp.WaitForMessagesAsync(SentBeforeFault, Witness, m => m.To.Contains(Buyer, StringComparison.Ordinal));
            await receiver.WaitForAsync(r => r.Count >= SentBeforeFault, Witness);

            var acknowledgedAtFault = load.Acknowledged.Count;
            var faultLasted = Stopwatch.StartNew();
            Dictionary<string, int> inFlight;
            HashSet<string> emailsBefore;
            if (fault == WorkerFault.WorkerKilled)
            {
                worker.Kill();
                // Nobody else dispatches (the API's dispatcher is off), so the claims in the table are the dead worker's.
                inFlight = await OutboxRows.ClaimedAsync(provider, connectionString, worker.Id);
                emailsBefore = await CrashEvidence.EmailsStoredAfterWitnessAsync(smtp);
            }
            else
            {
                // What the worker is sending at this moment; a send cut off by the stop is the only one that may come twice.
                inFlight = await OutboxRows.ClaimedAsync(provider, connectionString);
                smtp.Stop();
                await receiver.StopAsync();
                emailsBefore = CrashEvidence.EmailsStored(smtp);
            }

            var webhooksBefore = receiver.Received.Count;
            output.WriteLine($"{fault} after {acknowledgedAtFault} orders; delivered before it: {emailsBefore.Count} emails, {webhooksBefore} webhooks; " +
                $"claims held: {string.Join(", ", inFlight.Select(c => $"{c.Value} {c.Key}"))}.");

            await load.ReachedAsync(acknowledgedAtFault + AcknowledgedDuringFault);
            if (fault == WorkerFault.ReceiversDown) await ShouldBeFailingAsync(provider, connectionString);
            var pendingAtRecovery = await PendingAsync(admin);

            var recoveredAt = DateTimeOffset.UtcNow;
            faultLasted.Stop();
            var sinceRecovery = Stopwatch.StartNew();
            if (fault == WorkerFault.WorkerKilled)
            {
                unfinishedBefore = UnfinishedSends(worker);
                await worker.DisposeAsync();
                worker = StartWorker(settings, $"{provider} worker after the kill");
            }
            else
            {
                smtp.Start();
                await receiver.RestartAsync();
            }

            await load.ReachedAsync(load.Acknowledged.Count + AcknowledgedAfterRecovery);
            await load.StopAsync();

            // The API never went down, so every order was answered and every answer is kept.
            var orders = await CrashEvidence.AllOrdersAsync(admin);
            foreach (var order in orders.Values) CrashEvidence.ShouldBeConsistent(order);
            CrashEvidence.ShouldHoldEveryAcknowledgedWrite(orders, load);
            orders.Count.ShouldBe(load.Acknowledged.Count, "an order nobody was told about");
            await CrashEvidence.ShouldConserveStockAsync(admin, products, orders.Values);
            CrashEvidence.ShouldHaveUniqueOrderNumbers(orders.Values);
            CrashEvidence.ShouldHaveGaplessInvoiceNumbers(orders.Values);

            await CrashEvidence.WaitForEveryDeliveryAsync(orders, smtp, receiver, DeliveryDeadline);
            var deliveredAfter = sinceRecovery.Elapsed;
            output.WriteLine($"Every email and webhook arrived {deliveredAfter.TotalSeconds:0.0} s after the recovery began.");
            await CrashEvidence.ShouldHaveNothingLeftToSendAsync(admin);
            // Under write contention (two processes on one SQLite file, a loaded machine) a worker may fail to record a send;
            // the message goes again once its claim runs out. Each such send, logged, may explain one more copy.
            var unfinished = unfinishedBefore + UnfinishedSends(worker);
            var (duplicateEmails, duplicateWebhooks, resent) = CrashEvidence.ShouldDuplicateOnlyAcrossTheCut(
                smtp, receiver, emailsBefore, recoveredAt, webhookSecret, unfinished);
            ShouldBeBoundedByWhatWasInFlight(fault, inFlight, duplicateEmails, duplicateWebhooks);

            load.Unexpected.ShouldBeEmpty("answers the API should not have given");
            worker.HasExited.ShouldBeFalse(worker.Output);
            return new WorkerFaultFigures(
                provider, fault, load.Acknowledged.Count, acknowledgedAtFault, orders.Count, CrashEvidence.MessagesOwed(orders),
                emailsBefore.Count, webhooksBefore, inFlight.GetValueOrDefault(OutboxKinds.Email), inFlight.GetValueOrDefault(OutboxKinds.Webhook),
                pendingAtRecovery, faultLasted.Elapsed, deliveredAfter, duplicateEmails, duplicateWebhooks, unfinished, resent);
        }
        finally
        {
            await worker.DisposeAsync();
        }
    }

    private static readonly string[] UnfinishedSendLogs = ["could not be finished; its claim runs out", "Claim lost or expiring; send canceled"];

    private ChildProcess StartWorker(Dictionary<string, string?> settings, string name)
    {
        var worker = ChildProcess.Start("Worker", settings, output, name);
        foreach (var line in UnfinishedSendLogs) worker.Watch(line);
        return worker;
    }

    /// <summary>Sends the worker logged it could not record: the outbox's own at-least-once window, apart from any fault.</summary>
    private static int UnfinishedSends(ChildProcess worker) => UnfinishedSendLogs.Sum(worker.Seen);

    /// <summary>The crash suite's settings, with an outbox that keeps retrying through any outage of the test (time alone
    /// decides, as in production) with a short backoff, and a circuit breaker that pauses a dead receiver only briefly.
    /// Buyers leave most orders unpaid, so the unpaid-order limit is off.</summary>
    private static Dictionary<string, string?> Settings(string provider, string connectionString, SmtpServer smtp) =>
        HostSettings.For(provider, connectionString, smtp).With(
            ("Payments:WebhookSecret", OrdersApiFactory.PaymentWebhookSecret),
            ("Orders:MaxUnpaidPerCustomer", "0"),
            ("Outbox:MaxAttempts", "100000"),
            ("Outbox:BaseDelaySeconds", "0.2"),
            ("Outbox:MaxDelaySeconds", "2"),
            ("Outbox:BreakerOpenSeconds", "2"));

    /// <summary>A killed worker can have sent only the messages it held a claim on without marking them; receivers that went
    /// down can have taken in at most what one worker sends at once (<see cref="OutboxOptions"/>' concurrency).</summary>
    private static void ShouldBeBoundedByWhatWasInFlight(WorkerFault fault, Dictionary<string, int> inFlight, int duplicateEmails, int duplicateWebhooks)
    {
        var defaults = new OutboxOptions();
        var (emails, webhooks) = fault == WorkerFault.WorkerKilled
            ? (inFlight.GetValueOrDefault(OutboxKinds.Email), inFlight.GetValueOrDefault(OutboxKinds.Webhook))
            : (defaults.EmailConcurrency, defaults.WebhookConcurrencyPerSubscription);
        duplicateEmails.ShouldBeLessThanOrEqualTo(emails, "more emails came twice than were in flight at the fault");
        duplicateWebhooks.ShouldBeLessThanOrEqualTo(webhooks, "more webhooks came twice than were in flight at the fault");
    }

    /// <summary>The witness that the receivers are really down: emails and webhooks of the load have failed and wait. (Once
    /// a few webhooks failed the subscription's breaker lets one trial through at a time, and a backlog of untried ones
    /// comes first, so a webhook failing twice may take long.)</summary>
    private static async Task ShouldBeFailingAsync(string provider, string connectionString)
    {
        Dictionary<string, int> failed = [];
        await Eventually.TrueAsync(
            async () => (failed = await OutboxRows.FailedAsync(provider, connectionString, attempts: 1)).ContainsKey(OutboxKinds.Email)
                && failed.ContainsKey(OutboxKinds.Webhook),
            Witness,
            () => $"emails and webhooks failing while the receivers are down (so far: {string.Join(", ", failed.Select(f => $"{f.Value} {f.Key}"))})");
    }

    private static async Task<int> PendingAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/admin/outbox?status=pending&limit=1")).ShouldBeAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();
}
