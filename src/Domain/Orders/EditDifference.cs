namespace Orders.Domain.Orders;

/// <summary>What an edit changed in the order's money, each figure new minus old, in minor units.</summary>
public sealed record EditDifference(long Subtotal, long DiscountAmount, long Tax, long ShippingCost, long Total);
