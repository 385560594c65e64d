using Microsoft.EntityFrameworkCore;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence.Repositories;

internal sealed class OrderRepository(OrdersDbContext db) : IOrderRepository
{
    public Task<Order?> FindAsync(OrderRef order, CancellationToken ct) => order.IsNumber
        ? db.Orders.FirstOrDefaultAsync(o => o.OrderNumber == order.Value, ct)
        : db.Orders.FirstOrDefaultAsync(o => o.Id == order.Value, ct);

    public Task<Order?> FindByPaymentIntentAsync(string intentId, CancellationToken ct) =>
        db.Orders.FirstOrDefaultAsync(o => o.PaymentIntentId == intentId, ct);

    public void Add(Order order) => db.Orders.Add(order);
}
