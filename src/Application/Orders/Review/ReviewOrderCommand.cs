using Orders.Domain.Orders;

namespace Orders.Application.Orders.Review;

public sealed record ReviewOrderCommand(OrderRef Order, int? Rating, string? Comment);
