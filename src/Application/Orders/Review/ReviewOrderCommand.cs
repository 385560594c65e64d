using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.Review;

public sealed record ReviewOrderCommand(OrderRef Order, UserContext User, int? Rating, string? Comment);
