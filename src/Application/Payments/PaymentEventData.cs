namespace Orders.Application.Payments;

public sealed record PaymentEventData(string? IntentId, string? TransactionId, decimal? Amount, string? Currency, string? FailureReason);
