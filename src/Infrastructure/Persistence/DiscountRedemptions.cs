using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Discounts;

namespace Orders.Infrastructure.Persistence;

internal sealed class DiscountRedemptions(WritesOnSave writes) : IDiscountRedemptions
{
    public void Redeem(string code) => writes.Add(async (db, ct) =>
    {
        var redeemed = await db.Discounts
            .Where(d => d.Code == code && (d.MaxRedemptions == null || d.Redemptions < d.MaxRedemptions))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Redemptions, d => d.Redemptions + 1), ct);
        return redeemed == 1 ? Result.Success() : DiscountErrors.UsedUp(code);
    });

    public void Release(string code) => writes.Add(async (db, ct) =>
    {
        await db.Discounts.Where(d => d.Code == code && d.Redemptions > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Redemptions, d => d.Redemptions - 1), ct);
        return Result.Success();
    });
}
