using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Returns.ReceiveReturn;

/// <summary>An admin accounts for units of an approved return, each with its disposition.</summary>
public sealed record ReceiveReturnCommand(
    OrderRef Order, string ReturnId, UserContext User, IReadOnlyList<ReturnReceipt> Lines, int? ExpectedVersion = null);
