using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Discounts;

namespace Orders.Application.Discounts.CreateDiscount;

public sealed class CreateDiscountHandler(
    IDiscountRepository discounts, IUnitOfWork uow, ShopOptions shop, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<DiscountDto>> HandleAsync(CreateDiscountCommand cmd, CancellationToken ct)
    {
        var amountOff = MoneyInput.ToMinor(cmd.AmountOff, shop.Currency, "amountOff");
        if (!amountOff.IsSuccess) return amountOff.Failed();
        var created = Discount.Create(cmd.Code, cmd.PercentOff, amountOff.Value, cmd.ValidFrom, cmd.ValidTo,
            cmd.MaxRedemptions, cmd.Active ?? true, clock.GetUtcNow());
        if (!created.IsSuccess) return created.Failed();
        if (await discounts.FindAsync(created.Value.Code, ct) is not null)
            return DiscountErrors.Exists(created.Value.Code);

        discounts.Add(created.Value);
        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? created.Value.Adapt<DiscountDto>(mapping) : saved.Failed();
    }
}
