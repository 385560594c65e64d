namespace Orders.Application.Orders;

/// <summary>New minus old, in minor units.</summary>
public sealed record EditDifferenceDto
{
    public long Subtotal { get; init; }
    public long DiscountAmount { get; init; }
    public long Tax { get; init; }
    public long ShippingCost { get; init; }
    public long Total { get; init; }
}
