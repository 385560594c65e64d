using Orders.Domain.Orders;
using Orders.WebApi.Contracts.Shipments;

namespace Orders.WebApi.Contracts.Orders;

public sealed record TrackingResponse(
    string OrderNumber, OrderStatus Status, string? ShippingCarrier, string? TrackingNumber, DateOnly? EstimatedDeliveryDate,
    IReadOnlyList<StatusChangeResponse> StatusHistory, IReadOnlyList<ShipmentResponse> Shipments);
