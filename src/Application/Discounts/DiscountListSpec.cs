using Orders.Application.Common;
using Orders.Domain.Discounts;

namespace Orders.Application.Discounts;

public sealed class DiscountListSpec : Specification<Discount>
{
    public DiscountListSpec(PageRequest page, bool? active)
    {
        if (active is { } a) Where(d => d.Active == a);
        OrderBy(d => d.Code);
        Page(page);
    }
}
