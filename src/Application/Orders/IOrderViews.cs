using Orders.Application.Common;
using Orders.Application.Orders.ListOrders;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>The one read port for orders. Each order's <see cref="OrderViews.Complete"/> view is stored with it, in the
/// transaction that changes it, so a read is one row and no aggregate is loaded. Every implementation answers every
/// read in full; a stored view written for another version of the order or another format is never served (the order
/// is rebuilt from the aggregate instead).</summary>
public interface IOrderViews
{
    /// <summary>The order's complete view (with its client secret), or null when there is no such order.</summary>
    Task<OrderDto?> FindAsync(OrderRef order, CancellationToken ct);

    /// <summary>The page of orders the filter selects, in the sort's order, as lists show them (no client secret), and
    /// how many match in all. A customer's own list is the filter with their user id.</summary>
    Task<PagedList<OrderDto>> ListAsync(OrderFilter filter, OrderSort sort, PageRequest page, CancellationToken ct);
}
