using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>A refund was created (by an admin, or by ending a paid order); the provider is asked separately, by <see cref="RefundRequested"/>.</summary>
public sealed record RefundCreated(string OrderId, string OrderNumber, string RefundId, DateTimeOffset OccurredAt) : IDomainEvent;
