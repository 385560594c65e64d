namespace Orders.WebApi.Contracts.Orders;

/// <summary>A sent <c>price</c> must equal the catalog's, or the order is refused (409).</summary>
public sealed record PlaceOrderItemRequest(string? ProductId, int Quantity, decimal? Price);
