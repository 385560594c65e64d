using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Discounts;

namespace Orders.Application.Discounts.UpdateDiscount;

public sealed class UpdateDiscountHandler(
    IDiscountRepository discounts, IUnitOfWork uow, ShopOptions shop, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<DiscountDto>> HandleAsync(UpdateDiscountCommand cmd, CancellationToken ct)
    {
        var amountOff = MoneyInput.ToMinor(cmd.AmountOff, shop.Currency, "amountOff");
        if (!amountOff.IsSuccess) return amountOff.Failed();
        var discount = await discounts.FindAsync(Discount.Normalize(cmd.Code), ct);
        if (discount is null) return DiscountErrors.NotFound(cmd.Code);

        var (percent, amount) = (cmd.PercentOff, amountOff.Value) switch
        {
            (null, null) => (discount.PercentOff, discount.AmountOff),
            var given => given,
        };
        var updated = discount.Update(percent, amount, cmd.ValidFrom ?? discount.ValidFrom, cmd.ValidTo ?? discount.ValidTo,
            cmd.MaxRedemptions ?? discount.MaxRedemptions, cmd.Active ?? discount.Active, clock.GetUtcNow());
        if (!updated.IsSuccess) return updated.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? discount.Adapt<DiscountDto>(mapping) : saved.Failed();
    }
}
