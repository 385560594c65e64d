using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.Tracking;

public sealed class GetTrackingHandler(IOrderRepository orders, ICurrentUser currentUser)
{
    public async Task<Result<TrackingDto>> HandleAsync(OrderRef orderRef, CancellationToken ct)
    {
        var order = await orders.FindAsync(orderRef, ct);
        if (order is null || !currentUser.User.CanSee(order)) return OrderErrors.NotFound(orderRef);
        return new TrackingDto(order.OrderNumber, order.Status, order.ShippingCarrier, order.TrackingNumber, order.EstimatedDeliveryDate,
            [.. order.History.Select(StatusChangeDto.Of)]);
    }
}
