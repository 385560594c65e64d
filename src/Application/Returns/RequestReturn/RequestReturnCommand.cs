using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Returns.RequestReturn;

/// <summary>The owner asks to send delivered units back, or an admin opens an approved return;
/// <paramref name="ExpectedVersion"/> comes from If-Match.</summary>
public sealed record RequestReturnCommand(
    OrderRef Order, UserContext User, IReadOnlyList<LineQuantity> Lines, string? Reason, int? ExpectedVersion = null);
