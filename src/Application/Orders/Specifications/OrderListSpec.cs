using Orders.Application.Common;
using Orders.Application.Orders.ListOrders;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.Specifications;

public sealed class OrderListSpec : PagedSpecification<Order>
{
    public OrderFilter Filter { get; }

    public OrderSort Sort { get; }

    public PageRequest Page { get; }

    public OrderListSpec(OrderFilter filter, OrderSort sort, PageRequest page) : base(page)
    {
        Filter = filter;
        Sort = sort;
        Page = page;
        Query.AsNoTracking();
        if (filter.UserId is { } userId) Query.Where(o => o.UserId == userId);
        if (filter.Status is { } status) Query.Where(o => o.Status == status);
        if (filter.Created?.From is { } from) Query.Where(o => o.CreatedAt >= from);
        if (filter.Created?.ToExclusive is { } to) Query.Where(o => o.CreatedAt < to);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            Query.Where(o => o.SearchText.Contains(q));
        }

        if (sort == OrderSort.Newest) Query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id);
        else Query.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id);
    }
}
