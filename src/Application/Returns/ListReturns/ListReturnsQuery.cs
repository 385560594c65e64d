using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Returns.ListReturns;

public sealed record ListReturnsQuery(OrderRef Order, UserContext User);
