using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>Finds one order's stored view by id or number.</summary>
internal interface IStoredViewReader
{
    Task<StoredOrderView?> FindAsync(OrderRef order, CancellationToken ct);
}
