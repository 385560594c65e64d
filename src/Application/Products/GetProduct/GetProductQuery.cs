using Orders.Application.Common;

namespace Orders.Application.Products.GetProduct;

/// <summary><paramref name="Caller"/> is null for anonymous callers.</summary>
public sealed record GetProductQuery(string Id, UserContext? Caller);
