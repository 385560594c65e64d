using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>A shipment was created (by an admin, or by shipping the order the old way).</summary>
public sealed record ShipmentCreated(string OrderId, string OrderNumber, string ShipmentId, DateTimeOffset OccurredAt) : IDomainEvent;
