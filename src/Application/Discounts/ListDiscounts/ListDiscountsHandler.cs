using Orders.Application.Common;
using Orders.Application.Discounts.Specifications;
using Orders.Domain.Common;
using Orders.Domain.Discounts;

namespace Orders.Application.Discounts.ListDiscounts;

public sealed class ListDiscountsHandler(IReadRepository<Discount> discounts)
{
    public async Task<Result<PagedList<DiscountDto>>> HandleAsync(ListDiscountsQuery query, CancellationToken ct)
    {
        var page = PageRequest.Create(query.Page, query.Limit);
        if (!page.IsSuccess) return page.Failed();
        return await discounts.PageAsync<DiscountDto>(new DiscountListSpec(page.Value, query.Active), ct);
    }
}
