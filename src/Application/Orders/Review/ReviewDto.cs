namespace Orders.Application.Orders.Review;

public sealed record ReviewDto(string OrderId, string OrderNumber, int Rating, string? Comment, DateTimeOffset CreatedAt);
