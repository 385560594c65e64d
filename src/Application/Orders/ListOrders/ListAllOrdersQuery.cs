using Orders.Domain.Orders;

namespace Orders.Application.Orders.ListOrders;

public sealed record ListAllOrdersQuery(
    OrderStatus? Status, string? UserId, string? DateFrom, string? DateTo, string? Q, int? Page, int? Limit, OrderSort Sort = OrderSort.Newest);
