using Orders.Domain.Common;

namespace Orders.Domain.Discounts;

/// <summary>What a discount takes off: a percentage of the subtotal or a fixed amount (minor units). An order keeps the
/// terms it was placed with, so an edit reprices it by them whatever the code says by then.</summary>
public sealed record DiscountTerms(decimal? PercentOff, long? AmountOff)
{
    /// <summary>How much comes off this subtotal: never more than the subtotal itself.</summary>
    public Money AmountOffFor(Money subtotal) => PercentOff is { } percent
        ? subtotal.Percent(percent).Min(subtotal)
        : new Money(AmountOff ?? 0, subtotal.Currency).Min(subtotal);
}
