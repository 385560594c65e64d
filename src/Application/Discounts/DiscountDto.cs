using Orders.Domain.Common;
using Orders.Domain.Discounts;

namespace Orders.Application.Discounts;

public sealed record DiscountDto(
    string Code, decimal? PercentOff, decimal? AmountOff, DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, int? MaxRedemptions,
    int Redemptions, bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static DiscountDto From(Discount d, string currency) => new(
        d.Code, d.PercentOff, d.AmountOff is { } off ? new Money(off, currency).ToMajor() : null, d.ValidFrom, d.ValidTo,
        d.MaxRedemptions, d.Redemptions, d.Active, d.CreatedAt, d.UpdatedAt);
}
