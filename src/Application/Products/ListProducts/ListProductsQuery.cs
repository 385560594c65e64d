using Orders.Application.Common;

namespace Orders.Application.Products.ListProducts;

/// <summary><paramref name="IncludeInactive"/> is honoured for admins only; <paramref name="Caller"/> is null for anonymous callers.</summary>
public sealed record ListProductsQuery(int? Page, int? Limit, string? Q, bool IncludeInactive, UserContext? Caller);
