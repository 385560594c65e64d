using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

public sealed record OrderStatusChanged(
    string OrderId, string OrderNumber, OrderStatus PreviousStatus, OrderStatus NewStatus, string By, string? Note,
    DateTimeOffset OccurredAt) : IDomainEvent;
