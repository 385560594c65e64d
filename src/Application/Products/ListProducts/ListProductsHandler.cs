using Orders.Application.Common;
using Orders.Application.Products.Specifications;
using Orders.Domain.Common;
using Orders.Domain.Products;

namespace Orders.Application.Products.ListProducts;

public sealed class ListProductsHandler(IReadRepository<Product> products)
{
    public async Task<Result<PagedList<ProductDto>>> HandleAsync(ListProductsQuery query, CancellationToken ct)
    {
        var page = PageRequest.Create(query.Page, query.Limit);
        if (!page.IsSuccess) return page.Failed();
        if (query.Q?.Length > Product.MaxNameLength) return ProductErrors.SearchTooLong;
        var includeInactive = query.IncludeInactive && query.Caller?.IsAdmin == true;
        return await products.PageAsync<ProductDto>(new ProductListSpec(page.Value, includeInactive, nameContains: query.Q), ct);
    }
}
