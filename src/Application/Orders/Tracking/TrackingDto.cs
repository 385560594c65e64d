using Orders.Domain.Orders;

namespace Orders.Application.Orders.Tracking;

public sealed record TrackingDto(
    string OrderNumber, OrderStatus Status, string? ShippingCarrier, string? TrackingNumber, DateOnly? EstimatedDeliveryDate,
    IReadOnlyList<StatusChangeDto> StatusHistory);
