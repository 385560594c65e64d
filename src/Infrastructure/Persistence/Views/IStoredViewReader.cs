using Orders.Application.Orders.Specifications;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>Finds stored views the fastest way an engine has.</summary>
internal interface IStoredViewReader
{
    /// <summary>One order's stored view by id or number.</summary>
    Task<StoredOrderView?> FindAsync(OrderRef order, CancellationToken ct);

    /// <summary>The list's page and total, or null when this reader has no faster way to it than the specification
    /// through EF Core.</summary>
    Task<(List<StoredOrderView> Rows, int Total)?> PageAsync(OrderListSpec spec, CancellationToken ct);
}
