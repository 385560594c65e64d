using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.GetOrder;

public sealed record GetOrderQuery(OrderRef Order, UserContext User);
