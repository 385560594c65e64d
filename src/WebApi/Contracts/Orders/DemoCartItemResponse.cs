namespace Orders.WebApi.Contracts.Orders;

public sealed record DemoCartItemResponse(string ProductId, string Name, int Quantity, decimal UnitPrice);
