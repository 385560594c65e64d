namespace Orders.Application.Orders.DemoCart;

public sealed record DemoCartItemDto(string ProductId, string Name, int Quantity, decimal UnitPrice);
