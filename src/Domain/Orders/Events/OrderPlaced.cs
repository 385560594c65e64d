using Orders.Domain.Common;

namespace Orders.Domain.Orders.Events;

public sealed record OrderPlaced(string OrderId, string OrderNumber, string UserId, long Total, string Currency, DateTimeOffset OccurredAt) : IDomainEvent;
