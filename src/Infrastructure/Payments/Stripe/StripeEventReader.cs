using Orders.Application.Payments;
using Orders.Application.Payments.HandleStripeEvent;
using global::Stripe;

namespace Orders.Infrastructure.Payments.Stripe;

/// <summary>Checks <c>Stripe-Signature</c> on the raw body with Stripe.net (5-minute tolerance, events of any API
/// version) and reads the four event types the service acts on.</summary>
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
            (EventTypes.ChargeRefunded, Charge { Refunded: true, PaymentIntentId: { } intentId } charge) =>
                Of(PaymentEventKind.RefundSucceeded, intentId, charge.Refunds?.Data?.FirstOrDefault()?.Id ?? charge.Id),
            (EventTypes.RefundUpdated, Refund { Status: "succeeded", PaymentIntentId: { } intentId } refund) =>
                Of(PaymentEventKind.RefundSucceeded, intentId, refund.Id),
            _ => other,
        };
    }

    private static string Truncate(string reason) => reason.Length <= 500 ? reason : reason[..500];
}
