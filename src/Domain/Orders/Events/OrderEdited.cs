using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>An admin edited the order's lines; <see cref="EditNumber"/> is its place in the order's edits, from 1.</summary>
public sealed record OrderEdited(string OrderId, string OrderNumber, int EditNumber, bool NotifyCustomer, DateTimeOffset OccurredAt) : IDomainEvent;
