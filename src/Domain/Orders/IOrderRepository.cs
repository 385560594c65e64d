namespace Orders.Domain.Orders;

public interface IOrderRepository
{
    /// <summary>Loads the whole aggregate by id or order number, tracked for change.</summary>
    Task<Order?> FindAsync(OrderRef order, CancellationToken ct);

    Task<Order?> FindByPaymentIntentAsync(string intentId, CancellationToken ct);

    void Add(Order order);
}
