namespace Orders.Application.Orders;

public sealed record OrderLineDto(string Id, string ProductId, string ProductName, decimal UnitPrice, int Quantity, decimal LineTotal);
