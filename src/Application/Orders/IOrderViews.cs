using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>Orders read the fast way: each order's <see cref="OrderViews.Complete"/> view is stored with it, in the
/// transaction that changes it, so a read is one row and no aggregate is loaded.</summary>
public interface IOrderViews
{
    /// <summary>The order's complete view (with its client secret), or null when there is no such order.</summary>
    Task<OrderDto?> FindAsync(OrderRef order, CancellationToken ct);

    /// <summary>The page the specification selects, as lists show it, and how many match in all.</summary>
    Task<PagedList<OrderDto>> PageAsync(ISpecification<Order> spec, CancellationToken ct);
}
