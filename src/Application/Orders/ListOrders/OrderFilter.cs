using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ListOrders;

/// <summary>What a list of orders is narrowed to; null means "any". <see cref="Query"/> matches the order number or a
/// product name.</summary>
public sealed record OrderFilter(string? UserId = null, OrderStatus? Status = null, DateRange? Created = null, string? Query = null);
