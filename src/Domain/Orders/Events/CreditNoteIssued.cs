using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

/// <summary>A credit note was issued for a refund.</summary>
public sealed record CreditNoteIssued(string OrderId, string OrderNumber, string Number, string RefundId, DateTimeOffset OccurredAt) : IDomainEvent;
