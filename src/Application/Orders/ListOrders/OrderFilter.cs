using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ListOrders;

/// <summary>What a list of orders is narrowed to; null means "any". <see cref="Query"/> matches the order number or a
/// product name.</summary>
public sealed record OrderFilter(string? UserId = null, OrderStatus? Status = null, DateRange? Created = null, string? Query = null)
{
    /// <summary>What <see cref="Query"/> looks for in <see cref="Order.SearchText"/> (folded as it is), or null for no
    /// search: every reader of orders searches for this one string.</summary>
    public string? SearchTerm => string.IsNullOrWhiteSpace(Query) ? null : Query.Trim().ToLowerInvariant();
}
