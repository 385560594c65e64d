using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Orders;

public sealed record StatusChangeResponse(OrderStatus? From, OrderStatus To, DateTimeOffset At, string By, string? Note);
