namespace Orders.Application.Payments.HandlePaymentEvent;

public sealed record PaymentEventData(string? IntentId, string? TransactionId, decimal? Amount, string? Currency, string? FailureReason);
