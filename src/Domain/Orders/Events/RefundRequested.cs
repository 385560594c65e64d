using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>A paid order ended unfulfilled (or money arrived after it did): the provider that holds the payment is to
/// give back <paramref name="Amount"/> minor units.</summary>
public sealed record RefundRequested(
    string OrderId, string OrderNumber, string Provider, string IntentId, long Amount, string Currency, DateTimeOffset OccurredAt) : IDomainEvent;
