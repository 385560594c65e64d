using Orders.Application.Payments;
using Orders.Application.Payments.HandleStripeEvent;
using global::Stripe;

namespace Orders.Infrastructure.Payments.Stripe;

/// <summary>Checks <c>Stripe-Signature</c> on the raw body with Stripe.net (5-minute tolerance, events of any API
/// version) and reads the event types the service acts on: an intent's success or failure, and a refund's.</summary>
internal sealed class StripeEventReader(StripeOptions options, TimeProvider clock) : IStripeEventReader
{
    public const long ToleranceSeconds = 300;

    public Result<ProviderPaymentEvent> Read(string payload, string? signature)
    {
        if (string.IsNullOrEmpty(options.WebhookSecret))
            return PaymentErrors.StripeNotConfigured;
        if (string.IsNullOrWhiteSpace(signature))
            return PaymentErrors.StripeSignatureMissing;

        Event evt;
        try
        {
            evt = EventUtility.ConstructEvent(payload, signature, options.WebhookSecret, ToleranceSeconds,
                clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            return PaymentErrors.StripeSignatureRefused(ex.Message);
        }
        catch (Exception ex) when (ex is Newtonsoft.Json.JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            return PaymentErrors.NotAStripeEvent;
        }

        if (string.IsNullOrWhiteSpace(evt.Id) || evt.Id.Length > 200 || string.IsNullOrWhiteSpace(evt.Type) || evt.Type.Length > 50)
            return PaymentErrors.StripeEventUnusable;
        return Translate(evt);
    }

    private static ProviderPaymentEvent Translate(Event evt)
    {
        ProviderPaymentEvent Of(PaymentEventKind kind, string intentId, string? transactionId = null, long? amount = null,
            string? currency = null, string? reason = null) => new(evt.Id, evt.Type, kind, intentId, transactionId, amount, currency, reason);
        var other = Of(PaymentEventKind.Other, "");

        return (evt.Type, evt.Data?.Object) switch
        {
            (EventTypes.PaymentIntentSucceeded, global::Stripe.PaymentIntent intent) =>
                Of(PaymentEventKind.Succeeded, intent.Id, intent.LatestChargeId ?? intent.Id, intent.Amount, intent.Currency),
            (EventTypes.PaymentIntentPaymentFailed, global::Stripe.PaymentIntent intent) =>
                Of(PaymentEventKind.Failed, intent.Id, reason: Truncate(intent.LastPaymentError?.Message ?? "The payment failed.")),
            // Stripe lists the charge's refunds newest first (in API versions that still include them): the one this event is about.
            (EventTypes.ChargeRefunded, Charge { PaymentIntentId: { } intentId, Refunds.Data: [{ Status: "succeeded" } refund, ..] }) =>
                OfRefund(evt, PaymentEventKind.RefundSucceeded, intentId, refund),
            // Without the list, only a charge refunded in full says which refunds succeeded: all of them.
            (EventTypes.ChargeRefunded, Charge { Refunded: true, PaymentIntentId: { } intentId } charge) =>
                Of(PaymentEventKind.RefundSucceeded, intentId, charge.Id, charge.AmountRefunded, charge.Currency),
            (EventTypes.RefundUpdated, Refund { Status: "succeeded", PaymentIntentId: { } intentId } refund) =>
                OfRefund(evt, PaymentEventKind.RefundSucceeded, intentId, refund),
            (EventTypes.RefundUpdated or EventTypes.RefundFailed, Refund { Status: "failed" or "canceled", PaymentIntentId: { } intentId } refund) =>
                OfRefund(evt, PaymentEventKind.RefundFailed, intentId, refund),
            _ => other,
        };
    }

    private static ProviderPaymentEvent OfRefund(Event evt, PaymentEventKind kind, string intentId, Refund refund) => new(
        evt.Id, evt.Type, kind, intentId, refund.Id, refund.Amount, refund.Currency,
        kind == PaymentEventKind.RefundFailed ? StripePaymentProvider.FailureOf(refund) : null,
        refund.Metadata?.GetValueOrDefault(StripePaymentProvider.RefundIdMetadata),
        refund.Metadata?.GetValueOrDefault(StripePaymentProvider.RefundKeyMetadata));

    private static string Truncate(string reason) => reason.Length <= 500 ? reason : reason[..500];
}
