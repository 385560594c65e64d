using Orders.Application.Common;
using Orders.Domain.Discounts;

namespace Orders.Application.Discounts.Specifications;

public sealed class DiscountListSpec : PagedSpecification<Discount>
{
    public DiscountListSpec(PageRequest page, bool? active) : base(page)
    {
        Query.AsNoTracking();
        if (active is { } a) Query.Where(d => d.Active == a);
        Query.OrderBy(d => d.Code);
    }
}
