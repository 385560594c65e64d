using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Orders.Application.Common;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Fuzz;

/// <summary>Every operation of the OpenAPI document, sent at least 10,000 mutated requests in all (wrong types, missing
/// and extra fields, odd numbers, Unicode, ids and query values, long strings, broken JSON, wrong shapes and content
/// types) as an anonymous caller, a buyer, an admin and with a bad token. No answer may be a 5xx, and every 4xx must be
/// a problem document. Seeded: <c>ORDERS_FUZZ_SEED</c> picks another seed, <c>ORDERS_FUZZ_CASE=17,230</c> re-sends only
/// those cases, and a failure prints both with the exact request.</summary>
[Trait("Category", "Fuzz")]
public sealed class OpenApiFuzzTests(FuzzApiFactory factory, ITestOutputHelper output) : IClassFixture<FuzzApiFactory>
{
    /// <summary>API.md: 401 and 403 are problem details with a <c>detail</c>. Today's 401 from the JWT handler may have
    /// no body, so an empty 401/403 passes while this is false; turn it on once the auth answers carry their problem.</summary>
    private static readonly bool RequireProblemBodyOn401And403 = true;

    /// <summary>Failures already reported and waiting for a fix in the service; each entry lets the suite stay green
    /// meanwhile. An entry matches a failure by method, path template ("*" matches any) and status ("4xx" matches any
    /// 4xx), and, when it has a trigger, only when one of the request's mutations contains it. Keep it short, and empty it as the causes are fixed.</summary>
    private static readonly KnownFailure[] KnownFailures = [];

    private const int DefaultSeed = 20260302;
    private const int MinimumRequests = 10_000;
    private const int Parallelism = 4;
    private const string SeedVariable = "ORDERS_FUZZ_SEED";
    private const string CaseVariable = "ORDERS_FUZZ_CASE";
    private const string PaymentWebhookPath = "/api/payments/webhook";

    /// <summary>The test host decodes the path itself and throws on <c>%00</c>, where Kestrel answers 400 before the app
    /// runs: such a request never reaches the service, so it is counted apart, not as a failure.</summary>
    private const string RefusedByHost = "The path contains null characters.";

    private int _bodilessAuthAnswers;

    [Fact]
    public async Task EveryOperation_WithMutatedRequests_AnswersWithoutServerErrorsAndWithProblemDocuments()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var given)
            ? given : DefaultSeed;
        var client = factory.CreateClient();
        var targets = await CreateTargetsAsync();
        var openApi = await client.GetAsync("/openapi/v1.json");
        openApi.StatusCode.ShouldBe(HttpStatusCode.OK, "the fuzzer reads the operations from the OpenAPI document");
        var document = OpenApiOperations.Parse(await openApi.Content.ReadAsStringAsync());
        var operations = document.All;
        operations.ShouldNotBeEmpty();

        var perOperation = (MinimumRequests + operations.Count - 1) / operations.Count;
        var cases = Cases(perOperation * operations.Count);
        var mutator = new RequestMutator(document, targets, PaymentWebhookPath);
        var tokens = Tokens();
        var statuses = new ConcurrentDictionary<(string Operation, int Status), int>();
        var failures = new ConcurrentBag<FuzzFailure>();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (number, ct) =>
        {
            var operation = operations[number % operations.Count];
            var request = mutator.Create(number, operation, new Random(CaseSeed(seed, number)));
            if (await SendAsync(client, request, tokens, ct) is var (status, failure))
            {
                statuses.AddOrUpdate((operation.Key, status ?? -1), 1, (_, n) => n + 1);
                if (failure is not null) failures.Add(failure);
            }
        });

        output.WriteLine($"Sent in {clock.Elapsed.TotalSeconds:0.0} s with {Parallelism} requests in flight.");
        Report(seed, operations, perOperation, cases.Count, statuses, failures, out var unexpected);
        if (cases.Count == perOperation * operations.Count) cases.Count.ShouldBeGreaterThanOrEqualTo(MinimumRequests);
        unexpected.ShouldBeEmpty(Describe(seed, unexpected));
    }

    /// <summary>The status (0 when the host refused the request before the app, null when nothing answered) and the
    /// breach of contract, if any.</summary>
    private async Task<(int? Status, FuzzFailure? Failure)> SendAsync(
        HttpClient client, FuzzRequest request, Dictionary<FuzzCaller, string[]> tokens, CancellationToken ct)
    {
        var choices = tokens[request.Caller];
        var token = choices.Length == 0 ? null : choices[request.Case % choices.Length];
        var signature = request.Signed
            ? WebhookSignature.Sign(Encoding.UTF8.GetString(request.Body ?? []), OrdersApiFactory.PaymentWebhookSecret, DateTimeOffset.UtcNow)
            : null;
        using var message = request.ToHttpRequest(token, signature);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(message, ct);
        }
        catch (InvalidOperationException ex) when (ex.Message == RefusedByHost)
        {
            return (0, null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The test server hands an exception that escaped the whole pipeline to the client.
            return (null, new FuzzFailure(request, null, "exception escaped the pipeline", ex.Message, null, [ex]));
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var status = (int)response.StatusCode;
            var breach = Breach(response, body);
            if (breach is null)
            {
                if (status is 401 or 403 && body.Length == 0) Interlocked.Increment(ref _bodilessAuthAnswers);
                return (status, null);
            }

            var text = Encoding.UTF8.GetString(body);
            var exceptions = factory.Log.For(TraceId(body), Uri.UnescapeDataString(request.Url.Split('?')[0]));
            return (status, new FuzzFailure(request, status, breach.Value.Kind, breach.Value.Detail, text, exceptions));
        }
    }

    /// <summary>What is wrong with an answer, or null: a 5xx; a 4xx that is not <c>application/problem+json</c> with a
    /// numeric <c>status</c> equal to the answer's and a <c>title</c> (and a <c>detail</c> on 401/403 once required).</summary>
    private static (string Kind, string Detail)? Breach(HttpResponseMessage response, byte[] body)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) return ("server error", $"{status} {response.ReasonPhrase}");
        if (status < 400) return null;
        var auth = status is 401 or 403;
        if (auth && !RequireProblemBodyOn401And403 && body.Length == 0) return null;

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (!string.Equals(mediaType, "application/problem+json", StringComparison.OrdinalIgnoreCase))
            return ("not a problem document", $"Content-Type is {mediaType ?? "missing"}, body {body.Length} bytes");
        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return ("not a problem document", "the body is not a JSON object");
            if (!root.TryGetProperty("status", out var number) || number.ValueKind != JsonValueKind.Number || number.GetInt32() != status)
                return ("problem without the right status", $"status member is {(root.TryGetProperty("status", out var s) ? s.GetRawText() : "missing")}");
            if (!root.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(title.GetString()))
                return ("problem without a title", "title member is missing or empty");
            if (auth && RequireProblemBodyOn401And403
                && (!root.TryGetProperty("detail", out var detail) || detail.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(detail.GetString())))
                return ("auth problem without a detail", "detail member is missing or empty");
            return null;
        }
        catch (JsonException ex)
        {
            return ("not a problem document", $"the body is not JSON: {ex.Message}");
        }
    }

    /// <summary>Products, orders (by id and by number), a discount, a webhook subscription and outbox messages that
    /// exist, so some fuzzed requests reach the handlers instead of stopping at "not found".</summary>
    private async Task<FuzzTargets> CreateTargetsAsync()
    {
        var admin = factory.ClientFor("fuzz-admin", admin: true);
        var buyer = factory.ClientFor("fuzz-user");
        var other = factory.ClientFor("fuzz-other");
        var products = new List<string>();
        for (var i = 0; i < 3; i++) products.Add(await admin.CreateProductAsync($"Fuzz lamp {i}", 19.99m + i, 100_000));

        var orders = new List<string>();
        var intents = new List<string>();
        foreach (var (client, product) in new[] { (buyer, products[0]), (buyer, products[1]), (other, products[2]) })
        {
            var order = await client.PlaceOrderOkAsync((product, 1));
            orders.Add(order["id"].Str());
            orders.Add(order["orderNumber"].Str());
            if (order["payment"]?["intentId"]?.GetValue<string>() is { } intent) intents.Add(intent);
        }

        var discount = await admin.PostAsJsonAsync("/api/discounts", new { code = "FUZZ10", percentOff = 10, active = true });
        var webhook = await admin.PostAsJsonAsync("/api/webhooks", new { url = "http://192.0.2.1/fuzz", events = new[] { "order.created" } });
        var outbox = await (await admin.GetAsync("/api/admin/outbox?limit=100")).ReadJsonAsync();
        return new FuzzTargets(new Dictionary<string, IReadOnlyList<string>>
        {
            ["/api/products"] = products,
            ["/api/orders"] = orders,
            ["intents"] = intents,
            ["/api/discounts"] = discount.IsSuccessStatusCode ? ["FUZZ10"] : [],
            ["/api/webhooks"] = webhook.IsSuccessStatusCode ? [(await webhook.ReadJsonAsync())["id"].Str()] : [],
            ["/api/admin/outbox"] = [.. outbox["items"]!.AsArray().Select(m => m!["id"].Str())],
        });
    }

    private static Dictionary<FuzzCaller, string[]> Tokens() => new()
    {
        [FuzzCaller.Anonymous] = [],
        [FuzzCaller.User] = [TestTokens.Create("fuzz-user", email: "fuzz-user@example.com")],
        [FuzzCaller.OtherUser] = [TestTokens.Create("fuzz-other", email: "not an address")],
        [FuzzCaller.Admin] = [TestTokens.Create("fuzz-admin", admin: true, email: "fuzz-admin@example.com")],
        [FuzzCaller.BadToken] =
        [
            TestTokens.Create("fuzz-user", expires: DateTime.UtcNow.AddHours(-3)),
            TestTokens.Create("fuzz-admin", admin: true, key: RandomNumberGenerator.GetBytes(32)),
            TestTokens.Create(new string('u', 300)),
            "not.a.jwt", "", "\u00e9\u00e9\u00e9", new string('A', FuzzValues.LongStringLength),
        ],
    };

    private static List<int> Cases(int count)
    {
        var only = Environment.GetEnvironmentVariable(CaseVariable);
        if (string.IsNullOrWhiteSpace(only)) return [.. Enumerable.Range(0, count)];
        return [.. only.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => int.Parse(c, CultureInfo.InvariantCulture))];
    }

    /// <summary>Each case has its own random sequence, so one case can be rebuilt without replaying the others (and the
    /// parallel sends do not change what is generated).</summary>
    private static int CaseSeed(int seed, int number) =>
        (int)((((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)number * 0xBF58476D1CE4E5B9UL)) >> 33);

    private static string? TraceId(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("traceId", out var id) ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void Report(
        int seed, IReadOnlyList<OpenApiOperation> operations, int perOperation, int sent,
        ConcurrentDictionary<(string Operation, int Status), int> statuses, IEnumerable<FuzzFailure> failures, out List<FuzzFailure> unexpected)
    {
        output.WriteLine($"OpenAPI fuzz: seed {seed} ({SeedVariable}), {sent} requests, {operations.Count} operations × {perOperation}. "
            + "Statuses per operation (host: refused by the test host before the app, as Kestrel would with 400):");
        foreach (var operation in operations)
        {
            var counts = statuses.Where(s => s.Key.Operation == operation.Key).OrderBy(s => s.Key.Status)
                .Select(s => $"{s.Key.Status switch { -1 => "none", 0 => "host", var n => n.ToString(CultureInfo.InvariantCulture) }}×{s.Value}");
            output.WriteLine($"  {operation.Key,-45} {string.Join(' ', counts)}");
        }

        output.WriteLine($"401/403 answers without a body: {_bodilessAuthAnswers} (allowed while {nameof(RequireProblemBodyOn401And403)} is false).");
        var all = failures.ToList();
        unexpected = [.. all.Where(f => Known(f) is null)];
        foreach (var known in KnownFailures)
        {
            var matched = all.Where(f => Known(f) == known).Select(f => f.Request.Case).Order().ToList();
            output.WriteLine($"Known failure {known.Method} {known.PathTemplate} {known.Status} {known.Trigger}: {matched.Count} request(s)"
                + (matched.Count == 0 ? " (not seen in this run)" : $", cases {string.Join(", ", matched.Take(8))}") + $". {known.Reason}");
        }

        if (unexpected.Count > 0) output.WriteLine(Describe(seed, unexpected));
    }

    private static KnownFailure? Known(FuzzFailure failure) => KnownFailures.FirstOrDefault(k =>
        (k.Method == "*" || k.Method == failure.Request.Operation.Method)
        && (k.PathTemplate == "*" || k.PathTemplate == failure.Request.Operation.PathTemplate)
        && (k.Status == failure.Status?.ToString(CultureInfo.InvariantCulture) || (k.Status == "4xx" && failure.Status is >= 400 and < 500))
        && (k.Trigger is null || failure.Request.Mutations.Any(m => m.Contains(k.Trigger, StringComparison.Ordinal))));

    private static string Describe(int seed, List<FuzzFailure> failures)
    {
        var text = new StringBuilder();
        var groups = failures.GroupBy(f => f.GroupKey).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"{failures.Count} request(s) broke the contract, in {groups.Count} group(s). Seed {seed}.");
        foreach (var group in groups)
        {
            var first = group.MinBy(f => f.Request.Case)!;
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"=== {group.Key}: {group.Count()} request(s); first, case {first.Request.Case}: {first.Detail}");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"Reproduce: {SeedVariable}={seed} {CaseVariable}={first.Request.Case} dotnet test tests/IntegrationTests --filter Category=Fuzz");
            var file = Path.Combine(Path.GetTempPath(), $"orders-fuzz-{seed}-{first.Request.Case}.txt");
            File.WriteAllText(file, first.Request.Full());
            text.AppendLine(CultureInfo.InvariantCulture, $"The whole request: {file}");
            text.Append(first.Request.Describe());
            if (first.ResponseBody is { Length: > 0 } body) text.AppendLine(CultureInfo.InvariantCulture, $"Response: {(body.Length > 600 ? body[..600] + "…" : body)}");
            foreach (var exception in first.ServerExceptions.Take(2))
                text.AppendLine(string.Join('\n', exception.ToString().Split('\n').Take(14)));
            text.AppendLine(CultureInfo.InvariantCulture, $"Other cases: {string.Join(", ", group.Select(f => f.Request.Case).Order().Skip(1).Take(15))}");
        }

        return text.ToString();
    }

    /// <summary>A failure the fuzzer is allowed to see for now, and why (the cause, to be fixed in the service).</summary>
    private sealed record KnownFailure(string Method, string PathTemplate, string Status, string? Trigger, string Reason);
}
