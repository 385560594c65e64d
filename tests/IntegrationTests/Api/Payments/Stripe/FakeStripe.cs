using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>Just enough of Stripe's API on 127.0.0.1 for the service: <c>POST /v1/payment_intents</c>,
/// <c>POST /v1/refunds</c>, <c>POST /v1/payment_intents/{id}/cancel</c> and <c>POST /v1/payment_intents/{id}</c> (an
/// amount update, refused once the intent succeeded or was canceled), with Stripe's JSON shapes, its error format
/// (<c>{"error":{"type","message"}}</c> and a <c>Request-Id</c> header) and its idempotency: the same key with the same
/// parameters replays the first answer, with other parameters it is a 400. Every call is recorded; each endpoint can be
/// told to fail (5xx, not remembered under the key), refuse (4xx) or hang until the client gives up. Refunds are partial
/// when asked with an <c>amount</c>, capped at what is left of the payment, keep their metadata and are answered with
/// <see cref="RefundStatus"/>; <see cref="StripeEvents"/> builds the events Stripe would send about them.</summary>
public sealed class FakeStripe : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<StripeCall> _calls = new();
    private readonly ConcurrentDictionary<string, (string Form, int Status, string Body)> _byKey = new();
    private readonly ConcurrentDictionary<string, FakeIntent> _intents = new();
    private readonly List<FakeRefund> _refunds = [];
    private readonly object _refundLock = new();
    private readonly object _barrierLock = new();
    private int _sequence;
    private int _failuresLeft;
    private int _inFlight;
    private int _barrier;
    private TaskCompletionSource _barrierReached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeStripe(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>What <c>POST /v1/payment_intents</c> does now.</summary>
    public StripeMode Intents { get; set; }

    /// <summary>What <c>POST /v1/refunds</c> does now (after <see cref="FailNextRefunds"/> ran out).</summary>
    public StripeMode Refunds { get; set; }

    public StripeMode Cancels { get; set; }

    /// <summary>What <c>POST /v1/payment_intents/{id}</c> (an update) does now.</summary>
    public StripeMode Updates { get; set; }

    /// <summary>The intent reaches <paramref name="status"/> at Stripe (<c>succeeded</c> once paid, as before Stripe sends
    /// its event).</summary>
    public void SetIntentStatus(string intentId, string status) => _intents[intentId] = _intents[intentId] with { Status = status };

    /// <summary>The status a new refund is answered with: <c>pending</c> (the default, as for most card refunds before
    /// Stripe's event), <c>succeeded</c> or <c>failed</c>.</summary>
    public string RefundStatus { get; set; } = "pending";

    /// <summary>Refunds created (not replayed), in order, with the metadata they were asked with.</summary>
    public IReadOnlyList<FakeRefund> CreatedRefunds
    {
        get
        {
            lock (_refundLock) return [.. _refunds];
        }
    }

    /// <summary>The refund reaches <paramref name="status"/> at Stripe (as it would before Stripe sends its event): a failed
    /// one no longer counts against what is left of the payment. Returns it as it is now.</summary>
    public FakeRefund Settle(FakeRefund refund, string status)
    {
        lock (_refundLock)
        {
            var index = _refunds.FindIndex(r => r.Id == refund.Id);
            return _refunds[index] = _refunds[index] with { Status = status };
        }
    }

    public IReadOnlyList<StripeCall> Calls => [.. _calls];

    public IReadOnlyList<StripeCall> CallsTo(string path) => [.. _calls.Where(c => c.Path == path)];

    public IReadOnlyList<StripeCall> RefundCalls => CallsTo("/v1/refunds");

    public IReadOnlyList<StripeCall> IntentCalls => CallsTo("/v1/payment_intents");

    /// <summary>Intents created (not replayed), by id.</summary>
    public IReadOnlyDictionary<string, FakeIntent> CreatedIntents => _intents;

    /// <summary>The most intent calls that were in flight at one moment.</summary>
    public int MaxIntentsInFlight { get; private set; }

    /// <summary>The next <paramref name="count"/> refund calls answer 503 before refunds work again.</summary>
    public void FailNextRefunds(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    /// <summary>Every intent call waits until <paramref name="calls"/> of them are in flight at once (answering 500 after
    /// 30 s if they never are): only a service that opens intents concurrently gets through.</summary>
    public void HoldIntentsUntilInFlight(int calls)
    {
        lock (_barrierLock)
        {
            _barrier = calls;
            // Whoever waits for the old barrier goes on; the new one opens once enough calls are in flight.
            _barrierReached.TrySetResult();
            _barrierReached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public static FakeStripe Start() => StartAsync().GetAwaiter().GetResult();

    public static async Task<FakeStripe> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeStripe(builder.Build());
        fake._app.MapPost("/v1/payment_intents", (HttpContext context) => fake.HandleAsync(context, "intent", null));
        fake._app.MapPost("/v1/refunds", (HttpContext context) => fake.HandleAsync(context, "refund", null));
        fake._app.MapPost("/v1/payment_intents/{id}/cancel", (HttpContext context, string id) => fake.HandleAsync(context, "cancel", id));
        fake._app.MapPost("/v1/payment_intents/{id}", (HttpContext context, string id) => fake.HandleAsync(context, "update", id));
        await fake._app.StartAsync();
        fake.Url = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    private async Task HandleAsync(HttpContext context, string operation, string? intentId)
    {
        var form = (await context.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString());
        var key = context.Request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } k ? k : null;
        var authorization = context.Request.Headers.Authorization.ToString();
        var formText = string.Join('&', form.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}={f.Value}"));
        var requestId = $"req_{Guid.NewGuid():N}"[..18];
        context.Response.Headers["Request-Id"] = requestId;

        void Record(int status, bool replayed) =>
            _calls.Enqueue(new StripeCall(context.Request.Path, form, key, authorization, status, replayed, DateTimeOffset.UtcNow));

        if (operation == "intent" && _barrier > 0 && !await PassBarrierAsync())
        {
            Record(500, false);
            await WriteAsync(context, 500, Error("api_error", "The test's concurrency barrier was never reached."));
            return;
        }

        var mode = operation switch
        {
            "intent" => Intents,
            "refund" when Interlocked.Decrement(ref _failuresLeft) >= 0 => StripeMode.Unavailable,
            "refund" => Refunds,
            "update" => Updates,
            _ => Cancels,
        };
        switch (mode)
        {
            case StripeMode.Hang:
                Record(0, false);
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return;
            case StripeMode.ServerError or StripeMode.Unavailable:
                var status = mode == StripeMode.ServerError ? 500 : 503;
                Record(status, false);
                await WriteAsync(context, status, Error("api_error", "Something went wrong on Stripe's end."));
                return;
        }

        if (key is not null && _byKey.TryGetValue($"{operation}:{key}", out var earlier))
        {
            if (earlier.Form != formText)
            {
                Record(400, false);
                await WriteAsync(context, 400, Error("idempotency_error",
                    "Keys for idempotent requests can only be used with the same parameters they were first used with."));
                return;
            }

            Record(earlier.Status, true);
            context.Response.Headers["Idempotent-Replayed"] = "true";
            await WriteAsync(context, earlier.Status, earlier.Body);
            return;
        }

        var (answerStatus, body) = mode switch
        {
            StripeMode.Refuse => (400, Error("invalid_request_error", "This request was refused by the test.", "parameter_invalid")),
            StripeMode.Decline => (402, Error("card_error", "The charge was declined by the test.", "charge_already_refunded")),
            _ => operation switch
            {
                "intent" => CreateIntent(form),
                "refund" => CreateRefund(form),
                "update" => UpdateIntent(intentId!, form),
                _ => CancelIntent(intentId!),
            },
        };
        if (key is not null) _byKey[$"{operation}:{key}"] = (formText, answerStatus, body);
        Record(answerStatus, false);
        await WriteAsync(context, answerStatus, body);
    }

    private async Task<bool> PassBarrierAsync()
    {
        Task reached;
        lock (_barrierLock)
        {
            _inFlight++;
            MaxIntentsInFlight = Math.Max(MaxIntentsInFlight, _inFlight);
            if (MaxIntentsInFlight >= _barrier) _barrierReached.TrySetResult();
            reached = _barrierReached.Task;
        }

        try
        {
            await reached.WaitAsync(TimeSpan.FromSeconds(30));
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
        finally
        {
            lock (_barrierLock) _inFlight--;
        }
    }

    private (int, string) CreateIntent(Dictionary<string, string> form)
    {
        var id = $"pi_fake{Interlocked.Increment(ref _sequence):D6}{Guid.NewGuid():N}"[..27];
        var intent = new FakeIntent(id, long.Parse(form["amount"]), form["currency"], form.GetValueOrDefault("metadata[orderId]"),
            form.GetValueOrDefault("metadata[orderNumber]"), "requires_payment_method");
        _intents[id] = intent;
        return (200, IntentJson(intent));
    }

    // As Stripe: a partial amount when one is given, else what is left of the payment; never more than is left.
    private (int, string) CreateRefund(Dictionary<string, string> form)
    {
        if (!form.TryGetValue("payment_intent", out var intentId) || !_intents.TryGetValue(intentId, out var intent))
            return (400, Error("invalid_request_error", "No such payment_intent.", "resource_missing"));
        lock (_refundLock)
        {
            var left = intent.Amount - _refunds.Where(r => r.IntentId == intentId && r.Status != "failed").Sum(r => r.Amount);
            var amount = form.TryGetValue("amount", out var asked) ? long.Parse(asked) : left;
            if (left <= 0) return (400, Error("invalid_request_error", $"Charge for {intentId} has already been refunded.", "charge_already_refunded"));
            if (amount > left)
                return (400, Error("invalid_request_error", $"Refund amount ({amount}) is greater than unrefunded amount on charge ({left})", "amount_too_large"));
            var metadata = form.Where(f => f.Key.StartsWith("metadata[", StringComparison.Ordinal))
                .ToDictionary(f => f.Key["metadata[".Length..^1], f => f.Value);
            var refund = new FakeRefund($"re_fake{Interlocked.Increment(ref _sequence):D6}", intentId, amount, intent.Currency, RefundStatus, metadata);
            _refunds.Add(refund);
            return (200, JsonSerializer.Serialize(RefundObject(refund, refund.Status)));
        }
    }

    /// <summary>Stripe's refund object, as its answers and events carry it.</summary>
    public static object RefundObject(FakeRefund refund, string status) => new
    {
        id = refund.Id,
        @object = "refund",
        amount = refund.Amount,
        currency = refund.Currency,
        payment_intent = refund.IntentId,
        status,
        failure_reason = status == "failed" ? "expired_or_canceled_card" : null,
        metadata = refund.Metadata,
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
    };

    private (int, string) CancelIntent(string intentId)
    {
        if (!_intents.TryGetValue(intentId, out var intent)) return (404, Error("invalid_request_error", $"No such payment_intent: '{intentId}'", "resource_missing"));
        // As Stripe: only an intent still waiting for its payment can be canceled.
        if (intent.Status is "canceled" or "succeeded")
            return (400, Error("invalid_request_error",
                $"You cannot cancel this PaymentIntent because it has a status of {intent.Status}.", "payment_intent_unexpected_state"));
        var canceled = intent with { Status = "canceled" };
        _intents[intentId] = canceled;
        return (200, IntentJson(canceled));
    }

    // As Stripe: the amount of an intent may change until it succeeded or was canceled.
    private (int, string) UpdateIntent(string intentId, Dictionary<string, string> form)
    {
        if (!_intents.TryGetValue(intentId, out var intent)) return (404, Error("invalid_request_error", $"No such payment_intent: '{intentId}'", "resource_missing"));
        if (intent.Status is "canceled" or "succeeded")
            return (400, Error("invalid_request_error",
                $"This PaymentIntent's amount could not be updated because it has a status of {intent.Status}. You may only update the amount of a " +
                "PaymentIntent with one of the following statuses: requires_payment_method, requires_confirmation, requires_action.",
                "payment_intent_unexpected_state"));
        var updated = form.TryGetValue("amount", out var amount) ? intent with { Amount = long.Parse(amount) } : intent;
        _intents[intentId] = updated;
        return (200, IntentJson(updated));
    }

    private static string IntentJson(FakeIntent intent) => JsonSerializer.Serialize(new
    {
        id = intent.Id,
        @object = "payment_intent",
        amount = intent.Amount,
        currency = intent.Currency,
        status = intent.Status,
        client_secret = $"{intent.Id}_secret_fake",
        automatic_payment_methods = new { enabled = true },
        metadata = new { orderId = intent.OrderId, orderNumber = intent.OrderNumber },
        latest_charge = (string?)null,
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        livemode = false,
    });

    private static string Error(string type, string message, string? code = null) =>
        JsonSerializer.Serialize(new { error = new { type, message, code } });

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
