namespace Orders.WebApi.Contracts;

public sealed record ReviewOrderRequest(int? Rating, string? Comment);
