namespace Orders.Domain.Orders;

/// <summary>Units of a product that came back sellable: the caller puts them back in stock, once.</summary>
public sealed record Restock(string ProductId, int Quantity);
