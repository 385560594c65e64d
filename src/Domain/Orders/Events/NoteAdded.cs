using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>A note the customer sees was added to the order. Internal notes raise nothing: nothing outside the admins'
/// answers may carry them.</summary>
public sealed record NoteAdded(string OrderId, string OrderNumber, string NoteId, bool ByAdmin, DateTimeOffset OccurredAt) : IDomainEvent;
