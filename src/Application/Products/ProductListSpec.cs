using Orders.Application.Common;
using Orders.Domain.Products;

namespace Orders.Application.Products;

public sealed class ProductListSpec : Specification<Product>
{
    public ProductListSpec(PageRequest page, bool includeInactive, bool inStockOnly = false, string? nameContains = null)
    {
        if (!includeInactive) Where(p => p.Active);
        if (inStockOnly) Where(p => p.Stock > 0);
        if (!string.IsNullOrWhiteSpace(nameContains))
        {
            var q = nameContains.Trim().ToLower();
            Where(p => p.Name.ToLower().Contains(q));
        }

        OrderBy(p => p.Name);
        OrderBy(p => p.Id);
        Page(page);
    }
}
