using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Orders;

/// <summary>Body of <c>PUT /api/orders/{id}/status</c>; <c>trackingNumber</c> and <c>shippingCarrier</c> are required to ship.</summary>
public sealed record ChangeStatusRequest(OrderStatus? Status, string? Note, string? TrackingNumber, string? ShippingCarrier);
