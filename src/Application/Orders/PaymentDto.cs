using Orders.Domain.Orders;

namespace Orders.Application.Orders;

public sealed record PaymentDto(
    PaymentMethod Method, PaymentStatus Status, string? Provider, string? IntentId, string? ClientSecret, string? TransactionId,
    DateTimeOffset? PaidAt, string? FailureReason);
