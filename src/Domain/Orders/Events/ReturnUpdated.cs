using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>A return was requested, approved, declined or received (in part or in full); a cancel raises none.</summary>
public sealed record ReturnUpdated(string OrderId, string OrderNumber, string ReturnId, ReturnStatus Status, DateTimeOffset OccurredAt) : IDomainEvent;
