using Microsoft.Extensions.Logging;
using Orders.Application.Payments;
using Orders.Domain.Common;
using global::Stripe;
using PaymentIntent = Orders.Application.Payments.PaymentIntent;

namespace Orders.Infrastructure.Payments.Stripe;

/// <summary>Payments through Stripe with Stripe.net: a PaymentIntent per order (<c>Idempotency-Key: order-&lt;id&gt;</c>),
/// refunds keyed <c>refund-&lt;id&gt;</c>, and cancellation of intents no order holds or whose order ended unpaid. A failure is read as transient
/// (503 to the customer, retried by the outbox) or a refusal (502, dead in the outbox), logged with Stripe's request id.</summary>
internal sealed partial class StripePaymentProvider(IStripeClient client, StripeIntentLedger ledger, ILogger<StripePaymentProvider> logger)
    : IPaymentProvider
{
    public string Name => PaymentOptions.Stripe;

    public bool CallsOut => true;

    public async Task<Result<PaymentIntent>> CreateIntentAsync(PaymentIntentRequest request, CancellationToken ct)
    {
        var options = new PaymentIntentCreateOptions
        {
            Amount = request.Amount,
            Currency = request.Currency.ToLowerInvariant(),
            Metadata = new Dictionary<string, string> { ["orderId"] = request.OrderId, ["orderNumber"] = request.OrderNumber },
            AutomaticPaymentMethods = new PaymentIntentAutomaticPaymentMethodsOptions { Enabled = true },
        };
        global::Stripe.PaymentIntent intent;
        try
        {
            intent = await new PaymentIntentService(client).CreateAsync(options, new RequestOptions { IdempotencyKey = $"order-{request.OrderId}" }, ct);
        }
        catch (Exception ex) when (StripeFailures.IsFailure(ex, ct))
        {
            return Failed(ex, $"creating the payment intent of order {request.OrderNumber}");
        }

        await ledger.RecordAsync(intent.Id, request.OrderId, ct);
        return new PaymentIntent(intent.Id, intent.ClientSecret);
    }

    /// <summary>Sets the intent's amount to an edited order's new total (<c>POST /v1/payment_intents/{id}</c> with
    /// <c>amount</c>). Stripe refuses an intent that succeeded or was canceled meanwhile; that refusal is the answer.</summary>
    public async Task<Result> UpdateIntentAmountAsync(IntentAmountRequest request, CancellationToken ct)
    {
        try
        {
            await new PaymentIntentService(client).UpdateAsync(request.IntentId, new PaymentIntentUpdateOptions { Amount = request.Amount },
                new RequestOptions { IdempotencyKey = request.IdempotencyKey }, ct);
            return Result.Success();
        }
        catch (Exception ex) when (StripeFailures.IsFailure(ex, ct))
        {
            return Failed(ex, $"changing the amount of intent {request.IntentId} of order {request.OrderNumber} to {request.Amount}");
        }
    }

    /// <summary>A refund of the intent: its amount and this service's refund id (in the metadata, so Stripe's events name
    /// it) under the attempt's key. A refusal fails the refund with Stripe's reason; a message queued by an older build
    /// names no refund and refunds the whole intent under the order's key, as it did then.</summary>
    public async Task<Result<RefundOutcome>> RefundAsync(RefundRequest request, CancellationToken ct)
    {
        var options = new RefundCreateOptions { PaymentIntent = request.IntentId };
        if (request.RefundId is { } refundId)
        {
            options.Amount = request.Amount;
            options.Metadata = new Dictionary<string, string>
            {
                [RefundIdMetadata] = refundId, [RefundKeyMetadata] = request.IdempotencyKey ?? $"refund-{refundId}", ["order_id"] = request.OrderId,
            };
        }

        var what = request.RefundId is null ? $"refunding order {request.OrderId}" : $"refund {request.RefundId} of order {request.OrderId}";
        try
        {
            var refund = await new RefundService(client).CreateAsync(options,
                new RequestOptions { IdempotencyKey = request.IdempotencyKey ?? $"refund-{request.OrderId}" }, ct);
            return new RefundOutcome(refund.Id, StatusOf(refund), refund.Status is "failed" or "canceled" ? FailureOf(refund) : null);
        }
        catch (Exception ex) when (StripeFailures.IsFailure(ex, ct))
        {
            var failed = Failed(ex, what);
            if (failed.Status == ResultStatus.Unavailable || request.RefundId is null) return failed;
            return new RefundOutcome(null, ProviderRefundStatus.Failed, Truncate($"Stripe refused the refund: {StripeFailures.Reason(ex)}"));
        }
    }

    /// <summary>Where this service's refund id and the attempt's key travel with a Stripe refund (and its events).</summary>
    public const string RefundIdMetadata = "refund_id";

    public const string RefundKeyMetadata = "refund_key";

    public static ProviderRefundStatus StatusOf(Refund refund) => refund.Status switch
    {
        "succeeded" => ProviderRefundStatus.Succeeded,
        "failed" or "canceled" => ProviderRefundStatus.Failed,
        _ => ProviderRefundStatus.Pending,
    };

    public static string FailureOf(Refund refund) =>
        Truncate($"Stripe could not give the refund back ({refund.FailureReason ?? refund.Status}).");

    private static string Truncate(string reason) => reason.Length <= 500 ? reason : reason[..500];

    /// <summary>The intent of an order that ended unpaid: canceled like an orphan, under the same idempotency key.</summary>
    public Task<Result> CancelIntentAsync(IntentCancelRequest request, CancellationToken ct) => CancelIntentAsync(request.IntentId, ct);

    /// <summary>Cancels an intent no order holds, or whose order ended unpaid; one already canceled or paid is refused by
    /// Stripe, and that is final too.</summary>
    public async Task<Result> CancelIntentAsync(string intentId, CancellationToken ct)
    {
        try
        {
            await new PaymentIntentService(client).CancelAsync(intentId, new PaymentIntentCancelOptions { CancellationReason = "abandoned" },
                new RequestOptions { IdempotencyKey = $"cancel-{intentId}" }, ct);
            return Result.Success();
        }
        catch (Exception ex) when (StripeFailures.IsFailure(ex, ct))
        {
            return Failed(ex, $"canceling intent {intentId}");
        }
    }

    private Result Failed(Exception ex, string what)
    {
        var requestId = StripeFailures.RequestId(ex) ?? "none";
        if (StripeFailures.IsTransient(ex))
        {
            LogUnavailable(logger, what, StripeFailures.Status(ex), requestId, StripeFailures.Reason(ex));
            return PaymentErrors.Unavailable(Name);
        }

        LogRefused(logger, what, StripeFailures.Status(ex), requestId, StripeFailures.Reason(ex));
        return PaymentErrors.Refused(Name, $"{StripeFailures.Reason(ex)} (Stripe request {requestId})");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe unavailable while {What}: HTTP {Status}, request {RequestId}: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string what, int status, string requestId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Stripe refused {What}: HTTP {Status}, request {RequestId}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string what, int status, string requestId, string reason);
}
