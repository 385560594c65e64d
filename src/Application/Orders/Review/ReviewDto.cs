using Orders.Domain.Orders;

namespace Orders.Application.Orders.Review;

public sealed record ReviewDto(string OrderId, string OrderNumber, int Rating, string? Comment, DateTimeOffset CreatedAt)
{
    public static ReviewDto From(Order order) =>
        new(order.Id, order.OrderNumber, order.ReviewRating!.Value, order.ReviewComment, order.ReviewedAt!.Value);
}
