using Orders.Domain.Orders;

namespace Orders.UnitTests.Fakes;

public sealed class InMemoryOrderRepository : IOrderRepository
{
    private readonly List<Order> _orders = [];

    public IReadOnlyList<Order> Added => _orders;

    public Task<Order?> FindAsync(OrderRef order, CancellationToken ct) =>
        Task.FromResult(_orders.FirstOrDefault(o => order.IsNumber ? o.OrderNumber == order.Value : o.Id == order.Value));

    public Task<Order?> FindByPaymentIntentAsync(string intentId, CancellationToken ct) =>
        Task.FromResult(_orders.FirstOrDefault(o => o.PaymentIntentId == intentId));

    public void Add(Order order) => _orders.Add(order);
}
