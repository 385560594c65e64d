using Orders.Application.Common;
using Orders.Domain.Products;

namespace Orders.Application.Products.Specifications;

public sealed class ProductListSpec : PagedSpecification<Product>
{
    public ProductListSpec(PageRequest page, bool includeInactive, bool inStockOnly = false, string? nameContains = null) : base(page)
    {
        Query.AsNoTracking();
        if (!includeInactive) Query.Where(p => p.Active);
        if (inStockOnly) Query.Where(p => p.Stock > 0);
        if (!string.IsNullOrWhiteSpace(nameContains))
        {
            var q = nameContains.Trim().ToLower();
            Query.Where(p => p.Name.ToLower().Contains(q));
        }

        Query.OrderBy(p => p.Name).ThenBy(p => p.Id);
    }
}
