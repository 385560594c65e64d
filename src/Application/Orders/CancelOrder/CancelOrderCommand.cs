using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.CancelOrder;

/// <summary>The owner or an admin cancels an order; <paramref name="ExpectedVersion"/> comes from If-Match.</summary>
public sealed record CancelOrderCommand(OrderRef Order, UserContext User, string? Reason, int? ExpectedVersion = null);
