using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ListOrders;

public sealed class ListMyOrdersHandler(IReadRepository<Order> orders, ICurrentUser currentUser)
{
    public async Task<Result<PagedList<OrderDto>>> HandleAsync(ListMyOrdersQuery query, CancellationToken ct)
    {
        var page = PageRequest.Create(query.Page, query.Limit);
        if (!page.IsSuccess) return page.Failed();
        var spec = new OrderListSpec(new OrderFilter(currentUser.User.Id, query.Status), query.Sort, page.Value);
        return (await orders.ListAsync(spec, ct)).Map(o => OrderDto.From(o, viewer: null));
    }
}
