using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Returns.DeclineReturn;

public sealed record DeclineReturnCommand(OrderRef Order, string ReturnId, UserContext User, string? Note, int? ExpectedVersion = null);
