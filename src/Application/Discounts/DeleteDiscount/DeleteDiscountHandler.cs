using Orders.Application.Common;
using Orders.Domain.Discounts;

namespace Orders.Application.Discounts.DeleteDiscount;

public sealed class DeleteDiscountHandler(IDiscountRepository discounts, IUnitOfWork uow)
{
    public async Task<Result> HandleAsync(DeleteDiscountCommand cmd, CancellationToken ct)
    {
        var discount = await discounts.FindAsync(Discount.Normalize(cmd.Code), ct);
        if (discount is null) return DiscountErrors.NotFound(cmd.Code);
        discounts.Remove(discount);
        return await uow.SaveChangesAsync(ct);
    }
}
