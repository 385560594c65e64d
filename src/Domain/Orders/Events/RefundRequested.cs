using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>The provider that holds the payment is to give back <paramref name="Amount"/> minor units for refund
/// <paramref name="RefundId"/>, deduplicated by <paramref name="IdempotencyKey"/>: a new refund, or a failed one retried.</summary>
public sealed record RefundRequested(
    string OrderId, string OrderNumber, string RefundId, string IdempotencyKey, string Provider, string IntentId, long Amount, string Currency,
    DateTimeOffset OccurredAt) : IDomainEvent;
