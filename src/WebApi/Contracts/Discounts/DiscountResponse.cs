namespace Orders.WebApi.Contracts.Discounts;

public sealed record DiscountResponse(
    string Code, decimal? PercentOff, decimal? AmountOff, DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, int? MaxRedemptions,
    int Redemptions, bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
