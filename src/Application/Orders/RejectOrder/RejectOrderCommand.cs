using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.RejectOrder;

/// <summary>An admin refuses an order, saying why in <paramref name="Note"/>; <paramref name="ExpectedVersion"/> comes
/// from If-Match.</summary>
public sealed record RejectOrderCommand(OrderRef Order, UserContext User, string? Note, int? ExpectedVersion = null);
