namespace Orders.WebApi.Contracts.Orders;

public sealed record OrderLineResponse(string Id, string ProductId, string ProductName, string? ProductImage, decimal UnitPrice, int Quantity, decimal LineTotal);
