namespace Orders.Domain.Orders;

/// <summary>Units of a product a change takes from stock (positive) or gives back to it (negative).</summary>
public sealed record StockMove(string ProductId, string ProductName, int Units);
