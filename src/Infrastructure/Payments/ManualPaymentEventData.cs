namespace Orders.Infrastructure.Payments;

internal sealed record ManualPaymentEventData(string? IntentId, string? TransactionId, decimal? Amount, string? Currency, string? FailureReason);
