using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Orders;

public sealed record PaymentResponse(
    PaymentMethod Method, PaymentStatus Status, string? Provider, string? IntentId, string? ClientSecret, string? TransactionId,
    DateTimeOffset? PaidAt, string? FailureReason);
