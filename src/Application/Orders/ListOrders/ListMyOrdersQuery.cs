using Orders.Domain.Orders;

namespace Orders.Application.Orders.ListOrders;

public sealed record ListMyOrdersQuery(OrderStatus? Status, int? Page, int? Limit, OrderSort Sort = OrderSort.Newest);
