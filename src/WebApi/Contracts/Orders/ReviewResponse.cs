namespace Orders.WebApi.Contracts.Orders;

public sealed record ReviewResponse(string OrderId, string OrderNumber, int Rating, string? Comment, DateTimeOffset CreatedAt);
