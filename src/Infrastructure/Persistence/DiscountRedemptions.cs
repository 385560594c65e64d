using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;

namespace Orders.Infrastructure.Persistence;

internal sealed class DiscountRedemptions(OrdersDbContext db) : IDiscountRedemptions
{
    public async Task<bool> TryRedeemAsync(string code, CancellationToken ct) =>
        await db.Discounts
            .Where(d => d.Code == code && (d.MaxRedemptions == null || d.Redemptions < d.MaxRedemptions))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Redemptions, d => d.Redemptions + 1), ct) == 1;

    public Task ReleaseAsync(string code, CancellationToken ct) =>
        db.Discounts.Where(d => d.Code == code && d.Redemptions > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Redemptions, d => d.Redemptions - 1), ct);
}
