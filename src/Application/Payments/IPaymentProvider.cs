namespace Orders.Application.Payments;

/// <summary>A payment service: the built-in <c>manual</c> one, or Stripe, behind the same port. Neither call is ever made
/// inside a database transaction: an intent is opened before the order's transaction, a refund or an intent's
/// cancellation from the outbox after the cancel committed. Both are keyed by the order id, so a retry reaches the same intent or refund.</summary>
public interface IPaymentProvider
{
    string Name { get; }

    /// <summary>Whether its calls leave the process (Stripe): such a provider is never called inside a transaction. One
    /// that stays in the process (manual) writes its intent in the order's own transaction.</summary>
    bool CallsOut { get; }

    /// <summary>Opens an intent for the order about to be placed; the customer's client completes it with the secret.
    /// Fails with <see cref="PaymentErrors.Unavailable"/> (retry) or <see cref="PaymentErrors.Refused"/>.</summary>
    Task<Result<PaymentIntent>> CreateIntentAsync(PaymentIntentRequest request, CancellationToken ct);

    /// <summary>Changes the amount of an intent not yet paid to the order's new total (an edit). Called before the order's
    /// transaction; an in-process provider writes the change in that transaction instead. Fails with
    /// <see cref="PaymentErrors.Unavailable"/> (retry) or <see cref="PaymentErrors.Refused"/> (an intent paid or canceled).</summary>
    Task<Result> UpdateIntentAmountAsync(IntentAmountRequest request, CancellationToken ct);

    /// <summary>Gives the order's payment back.</summary>
    Task<Result<RefundOutcome>> RefundAsync(RefundRequest request, CancellationToken ct);

    /// <summary>Cancels the intent of an order that ended unpaid, so it can no longer be paid; idempotent. Fails with
    /// <see cref="PaymentErrors.Unavailable"/> (retry) or <see cref="PaymentErrors.Refused"/>.</summary>
    Task<Result> CancelIntentAsync(IntentCancelRequest request, CancellationToken ct);
}
