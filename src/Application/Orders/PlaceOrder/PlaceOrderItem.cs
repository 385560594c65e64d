namespace Orders.Application.Orders.PlaceOrder;

/// <summary>One requested line; a sent price must equal the catalog's.</summary>
public sealed record PlaceOrderItem(string? ProductId, int Quantity, decimal? Price);
