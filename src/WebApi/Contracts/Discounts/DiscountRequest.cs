namespace Orders.WebApi.Contracts.Discounts;

/// <summary>A discount code to create, or the fields to change (PATCH): an absent or null field keeps its value.</summary>
public sealed record DiscountRequest(
    string? Code, decimal? PercentOff, decimal? AmountOff, DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, int? MaxRedemptions, bool? Active);
