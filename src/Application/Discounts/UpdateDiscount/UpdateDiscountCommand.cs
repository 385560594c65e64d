namespace Orders.Application.Discounts.UpdateDiscount;

/// <summary>The fields to change; a null field keeps its value. Giving percentOff switches an amount-off code to a
/// percentage, and the other way round.</summary>
public sealed record UpdateDiscountCommand(
    string Code, decimal? PercentOff, decimal? AmountOff, DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, int? MaxRedemptions, bool? Active);
