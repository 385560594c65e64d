using Orders.Application.Common;
using Orders.Application.Products;
using Orders.Domain.Common;
using Orders.Domain.Products;

namespace Orders.Application.Orders.DemoCart;

/// <summary>A ready-made cart of up to three products in stock, for trying the API.</summary>
public sealed class GetDemoCartHandler(IReadRepository<Product> products, ShopOptions shop)
{
    public async Task<IReadOnlyList<DemoCartItemDto>> HandleAsync(CancellationToken ct)
    {
        var inStock = await products.ListAsync(new ProductListSpec(new PageRequest(1, 3), includeInactive: false, inStockOnly: true), ct);
        return [.. inStock.Items.Select((p, i) => new DemoCartItemDto(p.Id, p.Name, Math.Min(i + 1, p.Stock), new Money(p.Price, shop.Currency).ToMajor()))];
    }
}
