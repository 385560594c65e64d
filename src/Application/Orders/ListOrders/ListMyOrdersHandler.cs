using Orders.Domain.Common;
using Orders.Application.Common;

namespace Orders.Application.Orders.ListOrders;

public sealed class ListMyOrdersHandler(IOrderViews orders)
{
    public async Task<Result<PagedList<OrderDto>>> HandleAsync(ListMyOrdersQuery query, CancellationToken ct)
    {
        var page = PageRequest.Create(query.Page, query.Limit);
        if (!page.IsSuccess) return page.Failed();
        return await orders.ListAsync(new OrderFilter(query.User.Id, query.Status), query.Sort, page.Value, ct);
    }
}
