using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ListOrders;

public sealed record ListMyOrdersQuery(UserContext User, OrderStatus? Status, int? Page, int? Limit, OrderSort Sort = OrderSort.Newest);
