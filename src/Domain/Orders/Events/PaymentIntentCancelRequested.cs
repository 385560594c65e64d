using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>An unpaid order ended (canceled, rejected or expired): the provider that holds its intent is to cancel it, so
/// the customer can no longer pay an order that is gone.</summary>
public sealed record PaymentIntentCancelRequested(
    string OrderId, string OrderNumber, string Provider, string IntentId, DateTimeOffset OccurredAt) : IDomainEvent;
