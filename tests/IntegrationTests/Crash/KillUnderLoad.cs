using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Orders.Application.Common;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Crash;

/// <summary>The kill -9 scenario of issue 8, for one database engine: the real API as a child process, 16 buyers
/// placing, paying, cancelling and invoicing orders, SIGKILL once enough orders were acknowledged, a restart on the same
/// database, then everything the API promised checked against what the database, the SMTP server and the webhook
/// receiver hold.</summary>
public sealed partial class KillUnderLoad(ITestOutputHelper output)
{
    private const int Buyers = 16;
    private const int KillAfterAcknowledged = 120;
    private const int InitialStock = 1_000_000;
    private const string ConfirmationWord = "confirmed";
    private const string WitnessAddress = "witness@example.com";
    private static readonly TimeSpan DeliveryDeadline = TimeSpan.FromSeconds(60);
    private static readonly (string Name, decimal Price)[] Catalog =
        [("Crash lamp", 19.99m), ("Crash chair", 129.50m), ("Crash mug", 7.25m), ("Crash rug", 64.00m), ("Crash pen", 1.99m)];

    private readonly ConcurrentBag<Placed> _acknowledged = [];
    private readonly ConcurrentDictionary<string, byte> _paid = new();
    private readonly ConcurrentDictionary<string, byte> _canceled = new();
    private readonly ConcurrentDictionary<string, Invoice> _invoices = new();
    private readonly ConcurrentQueue<string> _unexpected = new();
    private readonly TaskCompletionSource _enoughAcknowledged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _killed;

    /// <summary>Runs the scenario on the database given by <paramref name="provider"/> and
    /// <paramref name="connectionString"/> (fresh and empty) and returns its figures; any broken promise fails it.</summary>
    public async Task<CrashFigures> RunAsync(string provider, string connectionString)
    {
        using var smtp = new SmtpServer();
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = Settings(provider, connectionString, smtp);

        Dictionary<string, string> products;
        string webhookSecret;
        var load = Stopwatch.StartNew();
        await using (var first = await ApiProcess.StartAsync(settings, output, $"{provider} before the kill"))
        {
            var admin = first.ClientFor("crash-admin", admin: true);
            products = [];
            foreach (var (name, price) in Catalog) products[await admin.CreateProductAsync(name, price, InitialStock)] = name;
            var subscription = await (await admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.created", "order.status_changed" } }))
                .ShouldBeAsync(HttpStatusCode.Created);
            webhookSecret = subscription["secret"].Str();

            load.Restart();
            var buyers = Enumerable.Range(0, Buyers).Select(i => Task.Run(() => BuyAsync(first, i, [.. products.Keys]))).ToList();
            var done = await Task.WhenAny(_enoughAcknowledged.Task, Task.WhenAll(buyers)).WaitAsync(TimeSpan.FromSeconds(180));
            if (done != _enoughAcknowledged.Task) await done; // a buyer failed before the kill: surface why
            _killed = true;
            first.Kill();
            load.Stop();
            await Task.WhenAll(buyers);
        }

        var acknowledged = _acknowledged.ToDictionary(p => p.Id);
        output.WriteLine($"{acknowledged.Count} orders acknowledged in {load.Elapsed.TotalSeconds:0.0} s; SIGKILL sent.");

        // What was delivered before the restart; anything the restarted process sends is not in here. The SMTP server
        // may still be storing a message whose sender it just lost, so a later message of our own is the witness.
        await SendWitnessAsync(smtp);
        await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(20), m => m.To.Contains(WitnessAddress, StringComparison.Ordinal));
        var emailsBefore = MessageFiles(smtp).ToHashSet(StringComparer.Ordinal);
        var webhooksBefore = receiver.Received.Count;
        output.WriteLine($"Delivered before the kill: {emailsBefore.Count} emails, {webhooksBefore} webhooks.");
        var restartedAt = DateTimeOffset.UtcNow;
        var sinceRestart = Stopwatch.StartNew();
        await using var second = await ApiProcess.StartAsync(settings, output, $"{provider} after the restart");
        var administrator = second.ClientFor("crash-admin", admin: true);

        var orders = await AllOrdersAsync(administrator);
        foreach (var order in orders.Values) ShouldBeConsistent(order);
        ShouldHoldEveryAcknowledgedWrite(orders, acknowledged);
        var unanswered = orders.Keys.Where(id => !acknowledged.ContainsKey(id)).ToList();
        foreach (var group in orders.Values.GroupBy(o => o["userId"].Str()))
        {
            var answered = acknowledged.Values.Count(p => p.UserId == group.Key);
            (group.Count() - answered).ShouldBeInRange(0, 1, $"{group.Key} had one request in flight at most, so at most one order nobody was told about");
        }

        await ShouldConserveStockAsync(administrator, products.Keys, orders.Values);
        // Order numbers are taken before the order's transaction (docs/decisions/0003: they may skip when a placement fails later, or
        // the process dies between the two): unique, not gap-free. Invoice numbers are gap-free.
        ShouldBeUnique(orders.Values.Select(o => o["orderNumber"].Str()), "order number", OrderNumberPattern());
        var invoiceNumbers = orders.Values.Select(o => o["invoiceNumber"]?.GetValue<string>()).OfType<string>().ToList();
        ShouldBeGapless(invoiceNumbers, "invoice number", InvoiceNumberPattern());
        foreach (var (orderId, invoice) in _invoices) orders[orderId]["invoiceNumber"].Str().ShouldBe(invoice.Number);

        // Every order that exists caused one email and one webhook per step of its history, acknowledged or not.
        var expected = orders.Values.ToDictionary(o => o.Id(), o => o.History().Count);
        await Eventually.FoundAsync(
            () => Task.FromResult(AllDelivered(orders, expected, smtp, receiver) ? "done" : null),
            // Counted from here, not from the restart: on a loaded machine the start and the checks above can take the whole
            // minute, and a deadline already past says nothing about delivery. How long it took is reported below.
            DeliveryDeadline,
            () => $"Not every email and webhook arrived after the restart: {Missing(orders, expected, smtp, receiver)}");
        var deliveredAfter = sinceRestart.Elapsed;

        // The witness that nothing more will be sent: every outbox message is marked sent, and a sent one is never sent again.
        output.WriteLine($"Every email and webhook arrived {deliveredAfter.TotalSeconds:0.0} s after the restart began.");
        JsonArray unsent = [];
        await Eventually.FoundAsync(
            async () => (unsent = await UnsentAsync(administrator)).Count == 0 ? "idle" : null,
            TimeSpan.FromSeconds(30),
            () => $"The outbox still held messages that were not sent: {unsent.ToJsonString()}");
        var (duplicateEmails, duplicateWebhooks) = ShouldDuplicateOnlyAcrossTheCrash(smtp, receiver, emailsBefore, restartedAt, webhookSecret);

        await ShouldKeepNumberingInvoicesAsync(second, administrator, orders, invoiceNumbers.Count);

        // Last, so that a refusal under load (a 5xx is never right) does not hide what the crash did or did not lose.
        _unexpected.ShouldBeEmpty("answers before the kill that the API should not have given");

        return new CrashFigures(
            provider, acknowledged.Count, load.Elapsed, orders.Count, unanswered.Count, _paid.Count, invoiceNumbers.Count,
            expected.Values.Sum(), emailsBefore.Count, webhooksBefore, deliveredAfter, duplicateEmails, duplicateWebhooks);
    }

    private static Dictionary<string, string?> Settings(string provider, string connectionString, SmtpServer smtp) =>
        HostSettings.For(provider, connectionString, smtp).With(("Payments:WebhookSecret", OrdersApiFactory.PaymentWebhookSecret));

    /// <summary>One buyer until the kill: place an order of 1–3 products; pay every third one (and download its
    /// invoice), cancel every fifth. Only what was answered is recorded as acknowledged.</summary>
    private async Task BuyAsync(ApiProcess api, int index, string[] productIds)
    {
        var userId = $"crash-buyer-{index:D2}";
        using var client = api.ClientFor(userId);
        using var provider = api.Client();
        var random = new Random(index);
        var placed = 0;
        while (!_killed)
        {
            var items = productIds.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).Select(p => (p, random.Next(1, 4))).ToArray();
            try
            {
                using var response = await client.PlaceOrderAsync(ApiClientExtensions.OrderBody(items));
                var body = await response.ReadJsonAsync();
                if (response.StatusCode != HttpStatusCode.Created)
                {
                    _unexpected.Enqueue($"POST /api/orders → {(int)response.StatusCode}: {body.ToJsonString()}");
                    continue;
                }

                _acknowledged.Add(new Placed(body.Id(), body["orderNumber"].Str(), userId, Lines(items), body["total"].Dec()));
                if (_acknowledged.Count >= KillAfterAcknowledged) _enoughAcknowledged.TrySetResult();
                placed++;
                if (placed % 3 == 0) await PayAndInvoiceAsync(client, provider, body);
                else if (placed % 5 == 0) await CancelAsync(client, body.Id());
            }
            catch (Exception ex) when (_killed && ex is HttpRequestException or TaskCanceledException or IOException)
            {
                return; // the server is gone: whatever was in flight is unanswered
            }
        }
    }

    private async Task PayAndInvoiceAsync(HttpClient owner, HttpClient provider, JsonObject order)
    {
        using var paid = await provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(order));
        var outcome = await paid.ReadJsonAsync();
        if (paid.StatusCode != HttpStatusCode.OK || outcome["result"]?.GetValue<string>() != "applied")
        {
            _unexpected.Enqueue($"payment of {order.Id()} → {(int)paid.StatusCode}: {outcome.ToJsonString()}");
            return;
        }

        _paid.TryAdd(order.Id(), 0);
        using var invoice = await owner.GetAsync($"/api/orders/{order.Id()}/invoice");
        var bytes = await invoice.Content.ReadAsByteArrayAsync();
        if (invoice.StatusCode != HttpStatusCode.OK)
        {
            _unexpected.Enqueue($"invoice of {order.Id()} → {(int)invoice.StatusCode}");
            return;
        }

        var file = invoice.Content.Headers.ContentDisposition!.FileName!.Trim('"');
        _invoices[order.Id()] = new Invoice(file["factura-".Length..^".pdf".Length], bytes);
    }

    private async Task CancelAsync(HttpClient owner, string orderId)
    {
        using var canceled = await owner.CancelAsync(orderId, "Crash test");
        if (canceled.StatusCode == HttpStatusCode.OK) _canceled.TryAdd(orderId, 0);
        else _unexpected.Enqueue($"cancel of {orderId} → {(int)canceled.StatusCode}: {await canceled.Content.ReadAsStringAsync()}");
    }

    private static Dictionary<string, int> Lines((string ProductId, int Quantity)[] items) => items.ToDictionary(i => i.ProductId, i => i.Quantity);

    private static async Task<Dictionary<string, JsonObject>> AllOrdersAsync(HttpClient admin)
    {
        var orders = new Dictionary<string, JsonObject>();
        for (var page = 1; ; page++)
        {
            var list = await (await admin.GetAsync($"/api/admin/orders?limit=100&page={page}&sortBy=oldest")).ShouldBeAsync(HttpStatusCode.OK);
            var items = list["items"]!.AsArray();
            foreach (var order in items) orders[order!["id"].Str()] = order.AsObject();
            if (items.Count == 0 || orders.Count >= list["total"]!.GetValue<int>()) return orders;
        }
    }

    /// <summary>An order as a whole: lines that add up to the totals, a history that starts at pending, steps from each
    /// state to the next and ends at the status, and the timestamps its status implies.</summary>
    private static void ShouldBeConsistent(JsonObject order)
    {
        var id = order.Id();
        var lines = order["items"]!.AsArray();
        lines.ShouldNotBeEmpty($"order {id} has no lines");
        foreach (var line in lines) line!["lineTotal"].Dec().ShouldBe(line["unitPrice"].Dec() * line["quantity"]!.GetValue<int>(), $"line of {id}");
        var subtotal = lines.Sum(l => l!["lineTotal"].Dec());
        order["subtotal"].Dec().ShouldBe(subtotal, $"subtotal of {id}");
        var taxed = subtotal - order["discountAmount"].Dec();
        order["tax"].Dec().ShouldBe(Math.Round(taxed * 0.08m, 2, MidpointRounding.AwayFromZero), $"tax of {id}");
        order["total"].Dec().ShouldBe(taxed + order["tax"].Dec() + order["shippingCost"].Dec(), $"total of {id}");

        var path = order.Path();
        path.ShouldNotBeEmpty($"order {id} has no history");
        path[0].ShouldBe("null>pending", $"history of {id}");
        var history = order.History();
        for (var i = 1; i < history.Count; i++) history[i]!["from"].Str().ShouldBe(history[i - 1]!["to"].Str(), $"history of {id}");
        history[^1]!["to"].Str().ShouldBe(order.Status(), $"history of {id} ends elsewhere than its status");
        if (order.Status() == "paid") order["paidAt"].ShouldNotBeNull($"paid order {id} has no paidAt");
        if (order.Status() == "canceled") order["canceledAt"].ShouldNotBeNull($"canceled order {id} has no canceledAt");
    }

    private void ShouldHoldEveryAcknowledgedWrite(Dictionary<string, JsonObject> orders, Dictionary<string, Placed> acknowledged)
    {
        foreach (var placed in acknowledged.Values)
        {
            orders.TryGetValue(placed.Id, out var order).ShouldBeTrue($"order {placed.Id} was answered 201 but is gone after the restart");
            order!["orderNumber"].Str().ShouldBe(placed.Number);
            order["userId"].Str().ShouldBe(placed.UserId);
            order["total"].Dec().ShouldBe(placed.Total);
            order["items"]!.AsArray().ToDictionary(l => l!["productId"].Str(), l => l!["quantity"]!.GetValue<int>())
                .ShouldBe(placed.Lines, ignoreOrder: true, $"lines of {placed.Id}");
        }

        foreach (var id in _paid.Keys) orders[id]["paidAt"].ShouldNotBeNull($"order {id}'s payment was acknowledged but is not recorded");
        foreach (var id in _canceled.Keys) orders[id].Status().ShouldBe("canceled", $"order {id}'s cancellation was acknowledged but is not recorded");
    }

    private static async Task ShouldConserveStockAsync(HttpClient admin, IEnumerable<string> productIds, IEnumerable<JsonObject> orders)
    {
        var live = orders.Where(o => o.Status() is not ("canceled" or "rejected")).SelectMany(o => o["items"]!.AsArray())
            .GroupBy(l => l!["productId"].Str()).ToDictionary(g => g.Key, g => g.Sum(l => l!["quantity"]!.GetValue<int>()));
        foreach (var product in productIds)
            (await admin.StockOfAsync(product) + live.GetValueOrDefault(product)).ShouldBe(InitialStock, $"stock of {product} is not conserved");
    }

    /// <summary>Numbers of one series (per month or year: the prefix) run 1, 2, 3… with none missing or repeated.</summary>
    private static void ShouldBeGapless(IEnumerable<string> numbers, string what, Regex pattern)
    {
        foreach (var series in numbers.Select(n => pattern.Match(n)).GroupBy(m => m.Success ? m.Groups["series"].Value : throw new ShouldAssertException($"{what} {m.Value} is malformed")))
        {
            var sequence = series.Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).Order().ToList();
            sequence.ShouldBe(Enumerable.Range(1, sequence.Count).ToList(), $"{what}s of {series.Key} have gaps or repeats");
        }
    }

    private static void ShouldBeUnique(IEnumerable<string> numbers, string what, Regex pattern)
    {
        var all = numbers.ToList();
        all.ShouldAllBe(n => pattern.IsMatch(n), $"a malformed {what}");
        all.Distinct().Count().ShouldBe(all.Count, $"{what}s repeat");
    }

    private static bool AllDelivered(Dictionary<string, JsonObject> orders, Dictionary<string, int> expected, SmtpServer smtp, WebhookReceiver receiver) =>
        Missing(orders, expected, smtp, receiver).Length == 0;

    /// <summary>What has not arrived yet: per order, one email per history step (one of them the confirmation) to the
    /// buyer, and one webhook event per step.</summary>
    private static string Missing(Dictionary<string, JsonObject> orders, Dictionary<string, int> expected, SmtpServer smtp, WebhookReceiver receiver)
    {
        var emails = Emails(smtp).GroupBy(e => OrderNumberIn(e.Subject) ?? "").ToDictionary(g => g.Key, g => g.ToList());
        var events = receiver.Received.Select(r => JsonNode.Parse(r.Body)!).GroupBy(b => b["data"]!["orderId"].Str())
            .ToDictionary(g => g.Key, g => g.Select(b => b["id"].Str()).Distinct().Count());
        var missing = new List<string>();
        foreach (var (id, steps) in expected)
        {
            var order = orders[id];
            var mine = emails.GetValueOrDefault(order["orderNumber"].Str()) ?? [];
            var subjects = mine.Select(e => e.Subject).Distinct().ToList();
            if (subjects.Count < steps || !subjects.Any(s => s.Contains(ConfirmationWord, StringComparison.OrdinalIgnoreCase)))
                missing.Add($"{order["orderNumber"].Str()}: {subjects.Count}/{steps} emails");
            else if (!mine.All(e => e.To.Contains($"{order["userId"].Str()}@example.com", StringComparison.OrdinalIgnoreCase)))
                missing.Add($"{order["orderNumber"].Str()}: an email to someone else");
            if (events.GetValueOrDefault(id) < steps) missing.Add($"{order["orderNumber"].Str()}: {events.GetValueOrDefault(id)}/{steps} webhooks");
        }

        return missing.Count == 0 ? "" : $"{missing.Count} missing, e.g. {string.Join("; ", missing.Take(10))}";
    }

    /// <summary>The at-least-once window: a message may arrive twice only when the process died between sending it and
    /// marking it sent, so a duplicate is one copy from before the restart and one from after, never more.</summary>
    private static (int Emails, int Webhooks) ShouldDuplicateOnlyAcrossTheCrash(
        SmtpServer smtp, WebhookReceiver receiver, HashSet<string> emailsBefore, DateTimeOffset restartedAt, string webhookSecret)
    {
        var emailCopies = MessageFiles(smtp).Select(f => (File: f, Before: emailsBefore.Contains(f), Mail: ReceivedEmail.Load(f)))
            .GroupBy(c => (c.Mail.To, c.Mail.Subject)).Where(g => g.Count() > 1).ToList();
        foreach (var copies in emailCopies)
            copies.Select(c => c.Before).Order().ToArray().ShouldBe(new[] { false, true },
                $"email \"{copies.Key.Subject}\" was sent {copies.Count()} times, stored at " +
                $"{string.Join(", ", copies.Select(c => $"{File.GetLastWriteTimeUtc(c.File):HH:mm:ss.fff}"))} (restart at {restartedAt:HH:mm:ss.fff})");

        foreach (var hook in receiver.Received)
            WebhookSignature.Verify(hook.Body, hook.Signature, webhookSecret, DateTimeOffset.UtcNow).IsSuccess.ShouldBeTrue(hook.Body);
        var hookCopies = receiver.Received.GroupBy(r => JsonNode.Parse(r.Body)!["id"].Str()).Where(g => g.Count() > 1).ToList();
        foreach (var copies in hookCopies)
            copies.Select(c => c.At < restartedAt).Order().ToArray().ShouldBe(new[] { false, true }, $"webhook {copies.Key} was delivered {copies.Count()} times");
        return (emailCopies.Count, hookCopies.Count);
    }

    /// <summary>After the restart the invoices issued before it come back byte for byte, and new ones continue the series.</summary>
    private async Task ShouldKeepNumberingInvoicesAsync(ApiProcess api, HttpClient admin, Dictionary<string, JsonObject> orders, int issued)
    {
        foreach (var (orderId, invoice) in _invoices)
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

        numbers.Select(n => int.Parse(InvoiceNumberPattern().Match(n).Groups["n"].Value, CultureInfo.InvariantCulture))
            .ShouldBe(Enumerable.Range(issued + 1, numbers.Count), "invoice numbers after the restart do not continue the series");
    }

    /// <summary>The outbox messages waiting or parked as dead (the first 100 of each).</summary>
    private static async Task SendWitnessAsync(SmtpServer smtp)
    {
        using var client = new System.Net.Mail.SmtpClient(smtp.Host, smtp.Port);
        await client.SendMailAsync("crash-test@example.com", WitnessAddress, "Witness", "Sent after the kill.");
    }

    private static async Task<JsonArray> UnsentAsync(HttpClient admin)
    {
        JsonArray unsent = [];
        foreach (var status in new[] { "pending", "dead" })
        {
            var list = await (await admin.GetAsync($"/api/admin/outbox?status={status}&limit=100")).ShouldBeAsync(HttpStatusCode.OK);
            foreach (var message in list["items"]!.AsArray()) unsent.Add(message!.DeepClone());
        }

        return unsent;
    }

    private static List<ReceivedEmail> Emails(SmtpServer smtp) => [.. MessageFiles(smtp).Select(f => ReceivedEmail.Load(f))];

    private static IEnumerable<string> MessageFiles(SmtpServer smtp) =>
        new[] { "new", "cur" }.Select(sub => Path.Combine(smtp.MaildirPath, sub)).Where(Directory.Exists).SelectMany(Directory.GetFiles);

    private static string? OrderNumberIn(string subject) => OrderNumberInText().Match(subject) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"^(?<series>\d{4}-\d{2})-(?<n>\d{4,})$")]
    private static partial Regex OrderNumberPattern();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{4,}\b")]
    private static partial Regex OrderNumberInText();

    [GeneratedRegex(@"^FV-(?<series>\d{4})-(?<n>\d{8})$")]
    private static partial Regex InvoiceNumberPattern();

    private sealed record Placed(string Id, string Number, string UserId, Dictionary<string, int> Lines, decimal Total);

    private sealed record Invoice(string Number, byte[] Pdf);
}
