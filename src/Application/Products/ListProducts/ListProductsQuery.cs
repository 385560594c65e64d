namespace Orders.Application.Products.ListProducts;

/// <summary><paramref name="IncludeInactive"/> is honoured for admins only.</summary>
public sealed record ListProductsQuery(int? Page, int? Limit, string? Q, bool IncludeInactive);
