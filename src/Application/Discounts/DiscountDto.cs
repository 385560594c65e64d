namespace Orders.Application.Discounts;

public sealed record DiscountDto
{
    public string Code { get; init; } = "";
    public decimal? PercentOff { get; init; }
    public long? AmountOff { get; init; }
    public DateTimeOffset? ValidFrom { get; init; }
    public DateTimeOffset? ValidTo { get; init; }
    public int? MaxRedemptions { get; init; }
    public int Redemptions { get; init; }
    public bool Active { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
