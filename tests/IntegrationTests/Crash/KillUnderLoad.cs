using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Crash;

/// <summary>The kill -9 scenario of issue 8, for one database engine: the real API as a child process, 16 buyers
/// placing, paying, cancelling and invoicing orders (<see cref="CrashLoad"/>), SIGKILL once enough orders were
/// acknowledged, a restart on the same database, then everything the API promised checked against what the database,
/// the SMTP server and the webhook receiver hold (<see cref="CrashEvidence"/>).</summary>
public sealed class KillUnderLoad(ITestOutputHelper output)
{
    private const int Buyers = 16;
    private const int KillAfterAcknowledged = 120;
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromSeconds(60);

    /// <summary>Runs the scenario on the database given by <paramref name="provider"/> and
    /// <paramref name="connectionString"/> (fresh and empty) and returns its figures; any broken promise fails it.</summary>
    public async Task<CrashFigures> RunAsync(string provider, string connectionString)
    {
        using var smtp = new SmtpServer();
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = Settings(provider, connectionString, smtp);

        string[] products;
        string webhookSecret;
        var load = new CrashLoad();
        var loading = Stopwatch.StartNew();
        await using (var first = await ApiProcess.StartAsync(settings, output, $"{provider} before the kill"))
        {
            var admin = first.ClientFor("crash-admin", admin: true);
            products = await CrashLoad.StockCatalogAsync(admin);
            var subscription = await (await admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.created", "order.status_changed" } }))
                .ShouldBeAsync(HttpStatusCode.Created);
            webhookSecret = subscription["secret"].Str();

            loading.Restart();
            load.Start(first, products, Buyers);
            await load.ReachedAsync(KillAfterAcknowledged);
            load.ServerGoing();
            first.Kill();
            loading.Stop();
            await load.StopAsync();
        }

        var acknowledged = load.Acknowledged;
        output.WriteLine($"{acknowledged.Count} orders acknowledged in {loading.Elapsed.TotalSeconds:0.0} s; SIGKILL sent.");

        // What was delivered before the restart; anything the restarted process sends is not in here.
        var emailsBefore = await CrashEvidence.EmailsStoredAfterWitnessAsync(smtp);
        var webhooksBefore = receiver.Received.Count;
        output.WriteLine($"Delivered before the kill: {emailsBefore.Count} emails, {webhooksBefore} webhooks.");
        var restartedAt = DateTimeOffset.UtcNow;
        var sinceRestart = Stopwatch.StartNew();
        await using var second = await ApiProcess.StartAsync(settings, output, $"{provider} after the restart");
        var administrator = second.ClientFor("crash-admin", admin: true);

        var orders = await CrashEvidence.AllOrdersAsync(administrator);
        foreach (var order in orders.Values) CrashEvidence.ShouldBeConsistent(order);
        CrashEvidence.ShouldHoldEveryAcknowledgedWrite(orders, load);
        var unanswered = orders.Keys.Where(id => !acknowledged.ContainsKey(id)).ToList();
        foreach (var group in orders.Values.GroupBy(o => o["userId"].Str()))
        {
            var answered = acknowledged.Values.Count(p => p.UserId == group.Key);
            (group.Count() - answered).ShouldBeInRange(0, 1, $"{group.Key} had one request in flight at most, so at most one order nobody was told about");
        }

        await CrashEvidence.ShouldConserveStockAsync(administrator, products, orders.Values);
        CrashEvidence.ShouldHaveUniqueOrderNumbers(orders.Values);
        var invoiceNumbers = CrashEvidence.ShouldHaveGaplessInvoiceNumbers(orders.Values);
        foreach (var (orderId, invoice) in load.Invoices) orders[orderId]["invoiceNumber"].Str().ShouldBe(invoice.Number);

        // Every order that exists caused one email and one webhook per step of its history, acknowledged or not. The deadline
        // counts from here, not from the restart: on a loaded machine the start and the checks above can take the whole
        // minute, and a deadline already past says nothing about delivery. How long it took is reported below.
        await CrashEvidence.WaitForEveryDeliveryAsync(orders, smtp, receiver, DeliveryDeadline);
        var deliveredAfter = sinceRestart.Elapsed;
        output.WriteLine($"Every email and webhook arrived {deliveredAfter.TotalSeconds:0.0} s after the restart began.");
        await CrashEvidence.ShouldHaveNothingLeftToSendAsync(administrator);
        var (duplicateEmails, duplicateWebhooks, _) = CrashEvidence.ShouldDuplicateOnlyAcrossTheCut(smtp, receiver, emailsBefore, restartedAt, webhookSecret);

        await ShouldKeepNumberingInvoicesAsync(second, administrator, load, orders, invoiceNumbers.Count);

        // Last, so that a refusal under load (a 5xx is never right) does not hide what the crash did or did not lose.
        load.Unexpected.ShouldBeEmpty("answers before the kill that the API should not have given");

        return new CrashFigures(
            provider, acknowledged.Count, loading.Elapsed, orders.Count, unanswered.Count, load.Paid.Count, invoiceNumbers.Count,
            CrashEvidence.MessagesOwed(orders), emailsBefore.Count, webhooksBefore, deliveredAfter, duplicateEmails, duplicateWebhooks);
    }

    private static Dictionary<string, string?> Settings(string provider, string connectionString, SmtpServer smtp) =>
        HostSettings.For(provider, connectionString, smtp).With(("Payments:WebhookSecret", OrdersApiFactory.PaymentWebhookSecret));

    /// <summary>After the restart the invoices issued before it come back byte for byte, and new ones continue the series.</summary>
    private static async Task ShouldKeepNumberingInvoicesAsync(ApiProcess api, HttpClient admin, CrashLoad load, Dictionary<string, JsonObject> orders, int issued)
    {
        foreach (var (orderId, invoice) in load.Invoices)
        {
            var again = await admin.GetAsync($"/api/orders/{orderId}/invoice");
            again.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await again.Content.ReadAsByteArrayAsync()).ShouldBe(invoice.Pdf, $"invoice {invoice.Number} changed across the restart");
        }

        using var provider = api.Client();
        var numbers = new List<string>();
        foreach (var order in orders.Values.Where(o => o.Status() == "pending").Take(2))
        {
            await provider.PayAsync(order);
            (await admin.GetAsync($"/api/orders/{order.Id()}/invoice")).StatusCode.ShouldBe(HttpStatusCode.OK);
            numbers.Add((await admin.GetOrderAsync(order.Id()))["invoiceNumber"].Str());
        }

        numbers.Select(CrashEvidence.InvoiceSequenceNumber)
            .ShouldBe(Enumerable.Range(issued + 1, numbers.Count), "invoice numbers after the restart do not continue the series");
    }
}
