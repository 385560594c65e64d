using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Returns.CancelReturn;

public sealed record CancelReturnCommand(OrderRef Order, string ReturnId, UserContext User, int? ExpectedVersion = null);
