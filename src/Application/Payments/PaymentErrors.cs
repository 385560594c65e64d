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

    /// <summary>A pending order's total may be moving: an edit changes the intent's amount before its own save, so a
    /// payment of the new amount can arrive first. Answered as unavailable, so the provider delivers it again.</summary>
    public static Result AmountNotYetDue(string paid, string orderNumber, string total) => Failure.Unavailable("payment.amount_changing",
        $"The event pays {paid}, but pending order {orderNumber} is {total} right now; an edit may be moving its total. Deliver it again later.");

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
