using Orders.Application.Products.Specifications;
using Orders.Application.Common;
using Orders.Application.Products;
using Orders.Domain.Common;
using Orders.Domain.Products;

namespace Orders.Application.Orders.DemoCart;

/// <summary>A ready-made cart of up to three products in stock, for trying the API.</summary>
public sealed class GetDemoCartHandler(IReadRepository<Product> products)
{
    public async Task<IReadOnlyList<DemoCartItemDto>> HandleAsync(CancellationToken ct)
    {
        var inStock = await products.ListAsync<ProductDto>(new ProductListSpec(new PageRequest(1, 3), includeInactive: false, inStockOnly: true), ct);
        return [.. inStock.Select((p, i) => new DemoCartItemDto(p.Id, p.Name, Math.Min(i + 1, p.Stock), Money.Major(p.Price)))];
    }
}
