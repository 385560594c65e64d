namespace Orders.WebApi.Contracts.Orders;

public sealed record TopProductResponse(string ProductId, string Name, long Quantity, decimal Revenue);
