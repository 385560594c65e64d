namespace Orders.Application.Discounts.CreateDiscount;

/// <summary>A new code: <paramref name="PercentOff"/> or <paramref name="AmountOff"/> (major units), not both.</summary>
public sealed record CreateDiscountCommand(
    string? Code, decimal? PercentOff, decimal? AmountOff, DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, int? MaxRedemptions, bool? Active);
