using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.UnitTests.Fakes;

/// <summary>Counts the repository's orders that await payment; the check at the save runs with the unit of work's other
/// writes, as the database's would.</summary>
public sealed class InMemoryUnpaidOrders(InMemoryOrderRepository orders, FakeUnitOfWork uow) : IUnpaidOrders
{
    public Task<int> CountAsync(string userId, CancellationToken ct) => Task.FromResult(Count(userId));

    public void EnsureBelowOnSave(string userId, int limit) =>
        uow.OnSave(() => Count(userId) >= limit ? OrderErrors.TooManyUnpaid(limit) : Result.Success(), () => { });

    private int Count(string userId) => orders.Added.Count(o => o.UserId == userId && o.AwaitsPayment);
}
