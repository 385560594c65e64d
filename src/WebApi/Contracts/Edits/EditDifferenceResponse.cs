namespace Orders.WebApi.Contracts.Edits;

/// <summary>What an edit changed in the order's money, each figure new minus old, in major units.</summary>
public sealed record EditDifferenceResponse(decimal Subtotal, decimal DiscountAmount, decimal Tax, decimal ShippingCost, decimal Total);
