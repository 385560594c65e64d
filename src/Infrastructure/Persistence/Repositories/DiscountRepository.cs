using Microsoft.EntityFrameworkCore;
using Orders.Domain.Discounts;

namespace Orders.Infrastructure.Persistence.Repositories;

internal sealed class DiscountRepository(OrdersDbContext db) : IDiscountRepository
{
    public Task<Discount?> FindAsync(string code, CancellationToken ct) => db.Discounts.FirstOrDefaultAsync(d => d.Code == code, ct);

    public void Add(Discount discount) => db.Discounts.Add(discount);

    public void Remove(Discount discount) => db.Discounts.Remove(discount);
}
