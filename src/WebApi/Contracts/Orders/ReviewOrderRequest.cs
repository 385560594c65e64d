namespace Orders.WebApi.Contracts.Orders;

public sealed record ReviewOrderRequest(int? Rating, string? Comment);
