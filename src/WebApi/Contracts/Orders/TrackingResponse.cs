using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Orders;

public sealed record TrackingResponse(
    string OrderNumber, OrderStatus Status, string? ShippingCarrier, string? TrackingNumber, DateOnly? EstimatedDeliveryDate,
    IReadOnlyList<StatusChangeResponse> StatusHistory);
