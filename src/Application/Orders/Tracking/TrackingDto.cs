using Orders.Domain.Orders;

namespace Orders.Application.Orders.Tracking;

public sealed record TrackingDto
{
    public string OrderNumber { get; init; } = "";
    public OrderStatus Status { get; init; }
    public string? ShippingCarrier { get; init; }
    public string? TrackingNumber { get; init; }
    public DateOnly? EstimatedDeliveryDate { get; init; }
    public IReadOnlyList<StatusChangeDto> StatusHistory { get; init; } = [];
    public IReadOnlyList<ShipmentDto> Shipments { get; init; } = [];
}
