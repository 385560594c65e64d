using Orders.Domain.Orders;

namespace Orders.Application.Orders.ChangeStatus;

/// <summary>Move an order to <paramref name="Target"/>. <paramref name="Note"/> is the reason for cancel and reject.
/// <paramref name="ExpectedVersion"/> comes from If-Match: the change is refused (412) when the order moved on.</summary>
public sealed record ChangeOrderStatusCommand(
    OrderRef Order, OrderStatus Target, string? Note = null, string? TrackingNumber = null, string? ShippingCarrier = null,
    int? ExpectedVersion = null);
