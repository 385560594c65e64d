using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>A shipment's tracking changed or it was delivered.</summary>
public sealed record ShipmentUpdated(string OrderId, string OrderNumber, string ShipmentId, DateTimeOffset OccurredAt) : IDomainEvent;
