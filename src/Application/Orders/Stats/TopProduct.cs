namespace Orders.Application.Orders.Stats;

/// <summary>A best seller: units sold and revenue (line totals before the order's discount), in minor units.</summary>
public sealed record TopProduct(string ProductId, string Name, long Quantity, long Revenue);
