namespace Orders.Application.Payments;

/// <summary>A verified provider event, read into this service's terms. <paramref name="Amount"/> is in minor units;
/// <paramref name="TransactionId"/> is the charge for a success and the provider's refund for a refund. A refund event
/// names this service's refund when the provider kept what it was asked with: <paramref name="RefundId"/> and the
/// <paramref name="RefundKey"/> of the attempt (Stripe's metadata).</summary>
public sealed record ProviderPaymentEvent(
    string Id, string Type, PaymentEventKind Kind, string IntentId, string? TransactionId, long? Amount, string? Currency,
    string? FailureReason, string? RefundId = null, string? RefundKey = null);
