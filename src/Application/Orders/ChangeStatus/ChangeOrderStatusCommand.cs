using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ChangeStatus;

/// <summary>Move an order to <paramref name="Target"/>. <paramref name="Note"/> is the reason for cancel and reject.
/// <paramref name="ExpectedVersion"/> comes from If-Match: the change is refused (412) when the order moved on.</summary>
public sealed record ChangeOrderStatusCommand(
    OrderRef Order, UserContext User, OrderStatus? Target, string? Note = null, string? TrackingNumber = null, string? ShippingCarrier = null,
    int? ExpectedVersion = null)
{
    /// <summary>The older clients' form, which names the order in the body rather than the path.</summary>
    public static Result<ChangeOrderStatusCommand> ForOrderInBody(
        string? orderId, UserContext user, OrderStatus? target, string? note, string? trackingNumber, string? shippingCarrier, int? expectedVersion)
    {
        if (target is null || string.IsNullOrWhiteSpace(orderId))
            return OrderErrors.StatusUpdateIncomplete;
        return new ChangeOrderStatusCommand(OrderRef.Parse(orderId), user, target, note, trackingNumber, shippingCarrier, expectedVersion);
    }
}
