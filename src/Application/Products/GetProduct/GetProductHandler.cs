using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Products;

namespace Orders.Application.Products.GetProduct;

/// <summary>An inactive product exists for admins only.</summary>
public sealed class GetProductHandler(IProductRepository products, TypeAdapterConfig mapping)
{
    public async Task<Result<ProductDto>> HandleAsync(GetProductQuery query, CancellationToken ct)
    {
        var product = await products.FindAsync(query.Id, ct);
        if (product is null || (!product.Active && query.Caller?.IsAdmin != true)) return ProductErrors.NotFound(query.Id);
        return product.Adapt<ProductDto>(mapping);
    }
}
