using Orders.Domain.Orders;

namespace Orders.Application.Orders.ListOrders;

/// <summary>What a list of orders is narrowed to; null means "any".</summary>
public sealed record OrderFilter(string? UserId = null, OrderStatus? Status = null);
