using Orders.Domain.Orders;

namespace Orders.UnitTests.Fakes;

/// <summary>Orders in a list. Given a unit of work, an added order is kept only when that unit saves.</summary>
public sealed class InMemoryOrderRepository(FakeUnitOfWork? uow = null) : IOrderRepository
{
    private readonly List<Order> _orders = [];

    public IReadOnlyList<Order> Added => _orders;

    public Task<Order?> FindAsync(OrderRef order, CancellationToken ct) =>
        Task.FromResult(_orders.FirstOrDefault(o => order.IsNumber ? o.OrderNumber == order.Value : o.Id == order.Value));

    public Task<Order?> FindByPaymentIntentAsync(string intentId, CancellationToken ct) =>
        Task.FromResult(_orders.FirstOrDefault(o => o.PaymentIntentId == intentId));

    /// <summary>Stands <paramref name="order"/> in for the stored order of its id: what the database holds after a failed
    /// save (the attempt's changes dropped) or after another writer committed.</summary>
    public void Replace(Order order)
    {
        _orders.RemoveAll(o => o.Id == order.Id);
        _orders.Add(order);
    }

    public void Add(Order order)
    {
        if (uow is null) _orders.Add(order);
        else uow.OnSave(() => { _orders.Add(order); return Ardalis.Result.Result.Success(); }, () => _orders.Remove(order));
    }
}
