using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Returns.ApproveReturn;

public sealed record ApproveReturnCommand(OrderRef Order, string ReturnId, UserContext User, int? ExpectedVersion = null);
