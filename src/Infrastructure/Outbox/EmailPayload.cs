using Orders.Domain.Orders;

namespace Orders.Infrastructure.Outbox;

/// <summary>Which email to send: a confirmation when <see cref="From"/> is null, else the change from → to.</summary>
public sealed record EmailPayload(OrderStatus? From, OrderStatus To, string? Note);
