namespace Orders.Application.Payments;

/// <summary>A verified provider event, read into this service's terms. <paramref name="Amount"/> is in minor units;
/// <paramref name="TransactionId"/> is the charge for a success and the refund for a refund.</summary>
public sealed record ProviderPaymentEvent(
    string Id, string Type, PaymentEventKind Kind, string IntentId, string? TransactionId, long? Amount, string? Currency,
    string? FailureReason);
