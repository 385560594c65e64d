using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ListOrders;

public sealed class OrderListSpec : Specification<Order>
{
    public OrderListSpec(OrderFilter filter, OrderSort sort, PageRequest page)
    {
        if (filter.UserId is { } userId) Where(o => o.UserId == userId);
        if (filter.Status is { } status) Where(o => o.Status == status);
        if (filter.Created?.From is { } from) Where(o => o.CreatedAt >= from);
        if (filter.Created?.ToExclusive is { } to) Where(o => o.CreatedAt < to);
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            var q = filter.Query.Trim().ToLowerInvariant();
            Where(o => o.OrderNumber.Contains(q) || o.Lines.Any(l => l.ProductName.ToLower().Contains(q)));
        }

        var newestFirst = sort == OrderSort.Newest;
        OrderBy(o => o.CreatedAt, newestFirst);
        OrderBy(o => o.Id, newestFirst);
        Page(page);
    }
}
