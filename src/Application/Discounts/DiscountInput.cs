namespace Orders.Application.Discounts;

/// <summary>Fields of a discount to create or change; on a change, a null field keeps its current value.</summary>
public sealed record DiscountInput(
    string? Code, decimal? PercentOff, decimal? AmountOff, DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, int? MaxRedemptions, bool? Active);
