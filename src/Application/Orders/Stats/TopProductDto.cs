namespace Orders.Application.Orders.Stats;

public sealed record TopProductDto(string ProductId, string Name, long Quantity, long Revenue);
