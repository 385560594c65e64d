using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>The provider confirmed a refund (<see cref="RefundStatus.Succeeded"/>) or refused it (<see cref="RefundStatus.Failed"/>).</summary>
public sealed record RefundSettled(string OrderId, string OrderNumber, string RefundId, RefundStatus Status, DateTimeOffset OccurredAt) : IDomainEvent;
