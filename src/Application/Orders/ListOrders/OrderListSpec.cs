using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ListOrders;

public sealed class OrderListSpec : Specification<Order>
{
    public OrderListSpec(OrderFilter filter, OrderSort sort, PageRequest page)
    {
        if (filter.UserId is { } userId) Where(o => o.UserId == userId);
        if (filter.Status is { } status) Where(o => o.Status == status);
        var newestFirst = sort == OrderSort.Newest;
        OrderBy(o => o.CreatedAt, newestFirst);
        OrderBy(o => o.Id, newestFirst);
        Page(page);
    }
}
