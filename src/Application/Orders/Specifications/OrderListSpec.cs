using Orders.Application.Common;
using Orders.Application.Orders.ListOrders;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.Specifications;

/// <summary>A page of orders as the lists select and sort them (<see cref="IOrderViews.ListAsync"/>).</summary>
public sealed class OrderListSpec : PagedSpecification<Order>
{
    public OrderListSpec(OrderFilter filter, OrderSort sort, PageRequest page) : base(page)
    {
        Query.AsNoTracking();
        if (filter.UserId is { } userId) Query.Where(o => o.UserId == userId);
        if (filter.Status is { } status) Query.Where(o => o.Status == status);
        if (filter.Created?.From is { } from) Query.Where(o => o.CreatedAt >= from);
        if (filter.Created?.ToExclusive is { } to) Query.Where(o => o.CreatedAt < to);
        if (filter.SearchTerm is { } term) Query.Where(o => o.SearchText.Contains(term));

        if (sort == OrderSort.Newest) Query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id);
        else Query.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id);
    }
}
