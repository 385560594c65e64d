namespace Orders.Domain.Orders;

/// <summary>One entry of an order's status history. <see cref="From"/> is null for the order's creation.</summary>
public sealed record StatusChange(OrderStatus? From, OrderStatus To, DateTimeOffset At, string By, string? Note);
