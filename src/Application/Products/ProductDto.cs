using Orders.Domain.Common;
using Orders.Domain.Products;

namespace Orders.Application.Products;

public sealed record ProductDto(
    string Id, string Name, string? Description, decimal Price, string Currency, int Stock, IReadOnlyList<string> Images,
    bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ProductDto From(Product p, string currency) => new(
        p.Id, p.Name, p.Description, new Money(p.Price, currency).ToMajor(), currency, p.Stock, p.Images, p.Active, p.CreatedAt, p.UpdatedAt);
}
