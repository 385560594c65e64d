using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Returns.GetReturn;

public sealed record GetReturnQuery(OrderRef Order, string ReturnId, UserContext User);
