using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Orders.Application.Common;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Crash;

/// <summary>The checks of the crash suite, shared by its scenarios: what the database holds after a fault (through an
/// admin client of the API), and what the SMTP server and the webhook receiver got.</summary>
public static partial class CrashEvidence
{
    private const string ConfirmationWord = "confirmed";
    private const string WitnessAddress = "witness@example.com";

    public static async Task<Dictionary<string, JsonObject>> AllOrdersAsync(HttpClient admin)
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
    public static void ShouldBeConsistent(JsonObject order)
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

    /// <summary>Every order, payment and cancellation the load was told about is in <paramref name="orders"/>, as answered.</summary>
    public static void ShouldHoldEveryAcknowledgedWrite(Dictionary<string, JsonObject> orders, CrashLoad load)
    {
        foreach (var placed in load.Acknowledged.Values)
        {
            orders.TryGetValue(placed.Id, out var order).ShouldBeTrue($"order {placed.Id} was answered 201 but is gone");
            order!["orderNumber"].Str().ShouldBe(placed.Number);
            order["userId"].Str().ShouldBe(placed.UserId);
            order["total"].Dec().ShouldBe(placed.Total);
            order["items"]!.AsArray().ToDictionary(l => l!["productId"].Str(), l => l!["quantity"]!.GetValue<int>())
                .ShouldBe(placed.Lines, ignoreOrder: true, $"lines of {placed.Id}");
        }

        foreach (var id in load.Paid) orders[id]["paidAt"].ShouldNotBeNull($"order {id}'s payment was acknowledged but is not recorded");
        foreach (var id in load.Canceled) orders[id].Status().ShouldBe("canceled", $"order {id}'s cancellation was acknowledged but is not recorded");
    }

    /// <summary>Stock in the catalog plus what live orders hold is what the catalog started with.</summary>
    public static async Task ShouldConserveStockAsync(HttpClient admin, IEnumerable<string> productIds, IEnumerable<JsonObject> orders)
    {
        var live = orders.Where(o => o.Status() is not ("canceled" or "rejected")).SelectMany(o => o["items"]!.AsArray())
            .GroupBy(l => l!["productId"].Str()).ToDictionary(g => g.Key, g => g.Sum(l => l!["quantity"]!.GetValue<int>()));
        foreach (var product in productIds)
            (await admin.StockOfAsync(product) + live.GetValueOrDefault(product)).ShouldBe(CrashLoad.InitialStock, $"stock of {product} is not conserved");
    }

    /// <summary>Order numbers are taken before the order's transaction (docs/decisions/0003: they may skip when a placement
    /// fails later, or the process dies between the two): unique, not gap-free.</summary>
    public static void ShouldHaveUniqueOrderNumbers(IEnumerable<JsonObject> orders)
    {
        var all = orders.Select(o => o["orderNumber"].Str()).ToList();
        all.ShouldAllBe(n => OrderNumberPattern().IsMatch(n), "a malformed order number");
        all.Distinct().Count().ShouldBe(all.Count, "order numbers repeat");
    }

    /// <summary>Invoice numbers of one series (per year: the prefix) run 1, 2, 3… with none missing or repeated; returns them.</summary>
    public static List<string> ShouldHaveGaplessInvoiceNumbers(IEnumerable<JsonObject> orders)
    {
        var numbers = orders.Select(o => o["invoiceNumber"]?.GetValue<string>()).OfType<string>().ToList();
        foreach (var series in numbers.Select(n => InvoiceNumberPattern().Match(n))
            .GroupBy(m => m.Success ? m.Groups["series"].Value : throw new ShouldAssertException($"invoice number {m.Value} is malformed")))
        {
            var sequence = series.Select(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)).Order().ToList();
            sequence.ShouldBe(Enumerable.Range(1, sequence.Count).ToList(), $"invoice numbers of {series.Key} have gaps or repeats");
        }

        return numbers;
    }

    public static int InvoiceSequenceNumber(string invoiceNumber) =>
        int.Parse(InvoiceNumberPattern().Match(invoiceNumber).Groups["n"].Value, CultureInfo.InvariantCulture);

    /// <summary>Waits until every order in <paramref name="orders"/> caused one email and one webhook per step of its
    /// history (acknowledged or not); fails at <paramref name="deadline"/> naming what is missing.</summary>
    public static Task WaitForEveryDeliveryAsync(Dictionary<string, JsonObject> orders, SmtpServer smtp, WebhookReceiver receiver, TimeSpan deadline) =>
        Eventually.FoundAsync(
            () => Task.FromResult(Missing(orders, smtp, receiver).Length == 0 ? "done" : null),
            deadline,
            () => $"Not every email and webhook arrived: {Missing(orders, smtp, receiver)}");

    /// <summary>How many emails (and as many webhooks) <paramref name="orders"/> are owed: one per history step.</summary>
    public static int MessagesOwed(Dictionary<string, JsonObject> orders) => orders.Values.Sum(o => o.History().Count);

    /// <summary>The emails the SMTP server holds, once a message of our own sent after the fault has been stored: the
    /// server may still be storing one whose sender just died.</summary>
    public static async Task<HashSet<string>> EmailsStoredAfterWitnessAsync(SmtpServer smtp)
    {
        using (var client = new System.Net.Mail.SmtpClient(smtp.Host, smtp.Port))
            await client.SendMailAsync("crash-test@example.com", WitnessAddress, "Witness", "Sent after the fault.");
        await smtp.WaitForMessagesAsync(1, TimeSpan.FromSeconds(20), m => m.To.Contains(WitnessAddress, StringComparison.Ordinal));
        return EmailsStored(smtp);
    }

    /// <summary>The files of the messages the SMTP server holds now.</summary>
    public static HashSet<string> EmailsStored(SmtpServer smtp) => MessageFiles(smtp).ToHashSet(StringComparer.Ordinal);

    /// <summary>The witness that nothing more will be sent: every outbox message is marked sent (none pending or dead), and
    /// a sent one is never sent again.</summary>
    public static async Task ShouldHaveNothingLeftToSendAsync(HttpClient admin)
    {
        JsonArray unsent = [];
        await Eventually.FoundAsync(
            async () => (unsent = await UnsentAsync(admin)).Count == 0 ? "idle" : null,
            TimeSpan.FromSeconds(60),
            () => $"The outbox still held messages that were not sent: {unsent.ToJsonString()}");
    }

    /// <summary>The at-least-once window: a message may arrive twice only when its sender could not learn it had arrived
    /// (the sender died, or the receiver died before answering), so a duplicate is one copy from before the cut and one
    /// from after. Besides those, at most <paramref name="unfinishedSends"/> further copies in all: sends whose outcome the
    /// sender logged it could not record (their claim runs out and the message goes again). Every webhook is signed with
    /// <paramref name="webhookSecret"/>. Returns how many emails and webhooks came twice across the cut, and how many
    /// further copies came.</summary>
    public static (int Emails, int Webhooks, int Resent) ShouldDuplicateOnlyAcrossTheCut(
        SmtpServer smtp, WebhookReceiver receiver, HashSet<string> emailsBefore, DateTimeOffset cut, string webhookSecret, int unfinishedSends = 0)
    {
        foreach (var hook in receiver.Received)
            WebhookSignature.Verify(hook.Body, hook.Signature, webhookSecret, DateTimeOffset.UtcNow).IsSuccess.ShouldBeTrue(hook.Body);
        var emailCopies = MessageFiles(smtp).Select(f => (File: f, Before: emailsBefore.Contains(f), Mail: ReceivedEmail.Load(f)))
            .GroupBy(c => (c.Mail.To, c.Mail.Subject)).Where(g => g.Count() > 1)
            .Select(g => (Name: $"email \"{g.Key.Subject}\"", Before: g.Select(c => c.Before).ToList(),
                Stored: string.Join(", ", g.Select(c => $"{File.GetLastWriteTimeUtc(c.File):HH:mm:ss.fff}"))))
            .ToList();
        var hookCopies = receiver.Received.GroupBy(r => JsonNode.Parse(r.Body)!["id"].Str()).Where(g => g.Count() > 1)
            .Select(g => (Name: $"webhook {g.Key}", Before: g.Select(c => c.At < cut).ToList(), Stored: string.Join(", ", g.Select(c => $"{c.At:HH:mm:ss.fff}"))))
            .ToList();

        var resent = 0;
        var explained = new List<string>();
        foreach (var (name, before, stored) in emailCopies.Concat(hookCopies))
        {
            var acrossTheCut = before.Contains(true) && before.Contains(false);
            resent += before.Count - 1 - (acrossTheCut ? 1 : 0);
            explained.Add($"{name} came {before.Count} times, at {stored} (cut at {cut:HH:mm:ss.fff})");
        }

        resent.ShouldBeLessThanOrEqualTo(unfinishedSends,
            $"copies beyond one across the cut, with {unfinishedSends} sends logged as unfinished: {string.Join("; ", explained)}");
        return (emailCopies.Count(c => c.Before.Contains(true) && c.Before.Contains(false)),
            hookCopies.Count(c => c.Before.Contains(true) && c.Before.Contains(false)), resent);
    }

    public static List<ReceivedEmail> Emails(SmtpServer smtp) => [.. MessageFiles(smtp).Select(f => ReceivedEmail.Load(f))];

    /// <summary>What has not arrived yet: per order, one email per history step (one of them the confirmation) to the
    /// buyer, and one webhook event per step.</summary>
    private static string Missing(Dictionary<string, JsonObject> orders, SmtpServer smtp, WebhookReceiver receiver)
    {
        var emails = Emails(smtp).GroupBy(e => OrderNumberIn(e.Subject) ?? "").ToDictionary(g => g.Key, g => g.ToList());
        var events = receiver.Received.Select(r => JsonNode.Parse(r.Body)!).GroupBy(b => b["data"]!["orderId"].Str())
            .ToDictionary(g => g.Key, g => g.Select(b => b["id"].Str()).Distinct().Count());
        var missing = new List<string>();
        foreach (var order in orders.Values)
        {
            var steps = order.History().Count;
            var mine = emails.GetValueOrDefault(order["orderNumber"].Str()) ?? [];
            var subjects = mine.Select(e => e.Subject).Distinct().ToList();
            if (subjects.Count < steps || !subjects.Any(s => s.Contains(ConfirmationWord, StringComparison.OrdinalIgnoreCase)))
                missing.Add($"{order["orderNumber"].Str()}: {subjects.Count}/{steps} emails");
            else if (!mine.All(e => e.To.Contains($"{order["userId"].Str()}@example.com", StringComparison.OrdinalIgnoreCase)))
                missing.Add($"{order["orderNumber"].Str()}: an email to someone else");
            if (events.GetValueOrDefault(order.Id()) < steps) missing.Add($"{order["orderNumber"].Str()}: {events.GetValueOrDefault(order.Id())}/{steps} webhooks");
        }

        return missing.Count == 0 ? "" : $"{missing.Count} missing, e.g. {string.Join("; ", missing.Take(10))}";
    }

    /// <summary>The outbox messages waiting or parked as dead (the first 100 of each).</summary>
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

    private static IEnumerable<string> MessageFiles(SmtpServer smtp) =>
        new[] { "new", "cur" }.Select(sub => Path.Combine(smtp.MaildirPath, sub)).Where(Directory.Exists).SelectMany(Directory.GetFiles);

    private static string? OrderNumberIn(string subject) => OrderNumberInText().Match(subject) is { Success: true } m ? m.Value : null;

    [GeneratedRegex(@"^(?<series>\d{4}-\d{2})-(?<n>\d{4,})$")]
    private static partial Regex OrderNumberPattern();

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{4,}\b")]
    private static partial Regex OrderNumberInText();

    [GeneratedRegex(@"^FV-(?<series>\d{4})-(?<n>\d{8})$")]
    private static partial Regex InvoiceNumberPattern();
}
