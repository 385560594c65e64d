using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Discounts;

namespace Orders.Application.Discounts;

/// <summary>Admin management of discount codes (the admin check is at the edge).</summary>
public sealed class DiscountHandlers(
    IDiscountRepository discounts, IReadRepository<Discount> reads, IUnitOfWork uow, ShopOptions shop, TimeProvider clock,
    TypeAdapterConfig mapping)
{
    public async Task<Result<PagedList<DiscountDto>>> ListAsync(int? page, int? limit, bool? active, CancellationToken ct)
    {
        var paging = PageRequest.Create(page, limit);
        if (!paging.IsSuccess) return paging.Failed();
        return await reads.PageAsync<DiscountDto>(new DiscountListSpec(paging.Value, active), ct);
    }

    public async Task<Result<DiscountDto>> CreateAsync(DiscountInput input, CancellationToken ct)
    {
        var amountOff = ToMinor(input.AmountOff);
        if (!amountOff.IsSuccess) return amountOff.Failed();
        var created = Discount.Create(input.Code, input.PercentOff, amountOff.Value, input.ValidFrom, input.ValidTo,
            input.MaxRedemptions, input.Active ?? true, clock.GetUtcNow());
        if (!created.IsSuccess) return created.Failed();
        if (await discounts.FindAsync(created.Value.Code, ct) is not null)
            return Failure.Conflict("discount.exists", $"Discount code {created.Value.Code} already exists; change it with PATCH.");

        discounts.Add(created.Value);
        var saved = await uow.SaveChangesAsync(ct);
        return !saved.IsSuccess ? saved.Failed() : created.Value.Adapt<DiscountDto>(mapping);
    }

    /// <summary>Giving percentOff switches an amount-off code to a percentage, and the other way round.</summary>
    public async Task<Result<DiscountDto>> UpdateAsync(string code, DiscountInput input, CancellationToken ct)
    {
        var discount = await discounts.FindAsync(Discount.Normalize(code), ct);
        if (discount is null) return NotFound(code);
        var amountOff = ToMinor(input.AmountOff);
        if (!amountOff.IsSuccess) return amountOff.Failed();

        var (percent, amount) = (input.PercentOff, amountOff.Value) switch
        {
            (null, null) => (discount.PercentOff, discount.AmountOff),
            var given => given,
        };
        var updated = discount.Update(percent, amount, input.ValidFrom ?? discount.ValidFrom, input.ValidTo ?? discount.ValidTo,
            input.MaxRedemptions ?? discount.MaxRedemptions, input.Active ?? discount.Active, clock.GetUtcNow());
        if (!updated.IsSuccess) return updated.Failed();
        var saved = await uow.SaveChangesAsync(ct);
        return !saved.IsSuccess ? saved.Failed() : discount.Adapt<DiscountDto>(mapping);
    }

    public async Task<Result> DeleteAsync(string code, CancellationToken ct)
    {
        var discount = await discounts.FindAsync(Discount.Normalize(code), ct);
        if (discount is null) return NotFound(code);
        discounts.Remove(discount);
        return await uow.SaveChangesAsync(ct);
    }

    private static Result NotFound(string code) => Failure.NotFound("discount.not_found", $"Discount code {Discount.Normalize(code)} not found.");

    private Result<long?> ToMinor(decimal? amount)
    {
        if (amount is null) return Result<long?>.Success(null);
        return Money.FromMajor(amount.Value, shop.Currency) is { } money
            ? Result<long?>.Success(money.Minor)
            : Failure.Field("amountOff", "Must be a non-negative amount with at most 2 decimals.");
    }
}
