using Orders.Domain.Common;

namespace Orders.Application.Payments;

public static class PaymentErrors
{
    public const string UnavailableCode = "payments.provider_unavailable";
    public const string RefusedCode = "payments.provider_error";
    public const string AmountMismatchCode = "payment.amount_mismatch";
    public const string UnknownIntentCode = "payment.unknown_intent";

    public static Result Unavailable(string provider) => Failure.Unavailable(UnavailableCode,
        $"The payment provider ({provider}) cannot be reached right now; nothing was charged or created. Retry shortly with the same Idempotency-Key.");

    public static Result Refused(string provider, string reason) => Failure.Upstream(RefusedCode,
        $"The payment provider ({provider}) refused the request: {reason}. The shop has been told; nothing was created.");

    public static Result AmountMismatch(string paid, string orderNumber, string total) => Failure.Unprocessable(AmountMismatchCode,
        $"The event pays {paid}, but order {orderNumber} is {total}; the order stays unpaid.");

    public static Result UnknownIntent(string intentId) => Failure.NotFound(UnknownIntentCode, $"No order has payment intent {intentId}.");

    public static Result NotConfigured => Failure.Invalid("payments.not_configured",
        "Payments:WebhookSecret is not configured, so no event can be verified.");

    public static Result StripeNotEnabled => Failure.NotFound("payments.stripe_not_enabled",
        "Stripe payments are not enabled here (Payments:Provider is not stripe).");

    public static Result UnknownEventType(string type, IReadOnlyList<string> expected) => Failure.Field("type",
        $"Unknown event type {type}; expected {string.Join(", ", expected.Take(expected.Count - 1))} or {expected[^1]}.");

    public static Result InvalidEvent(IReadOnlyDictionary<string, string[]> errors) =>
        Failure.Invalid("payment.invalid_event", "The payment event is not valid; see errors.", errors);

    public static Result StripeNotConfigured => Failure.Invalid("payments.not_configured",
        "Stripe:WebhookSecret is not configured, so no Stripe event can be verified.");

    public static Result StripeSignatureMissing => Failure.Invalid("payment.bad_signature", "The Stripe-Signature header is missing.");

    public static Result StripeSignatureRefused(string reason) => Failure.Invalid("payment.bad_signature",
        $"The Stripe event was refused: {reason} Check Stripe:WebhookSecret and that the body reaches the service unchanged.");

    public static Result NotAStripeEvent => Failure.Invalid("payment.invalid_event", "The body is not a Stripe event.");

    public static Result StripeEventUnusable => Failure.Invalid("payment.invalid_event", "The Stripe event has no usable id or type.");
}
