using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ListOrders;

/// <summary>Every user's orders, for admins (checked at the edge).</summary>
public sealed class ListAllOrdersHandler(IOrderViews orders, ShopOptions shop)
{
    public async Task<Result<PagedList<OrderDto>>> HandleAsync(ListAllOrdersQuery query, CancellationToken ct)
    {
        var page = PageRequest.Create(query.Page, query.Limit);
        if (!page.IsSuccess) return page.Failed();
        var created = DateRange.Parse(query.DateFrom, query.DateTo, shop.FindTimeZone());
        if (!created.IsSuccess) return created.Failed();
        if (query.Q?.Length > 200) return OrderErrors.SearchTooLong;

        var filter = new OrderFilter(string.IsNullOrWhiteSpace(query.UserId) ? null : query.UserId, query.Status, created.Value, query.Q);
        return await orders.ListAsync(filter, query.Sort, page.Value, ct);
    }
}
