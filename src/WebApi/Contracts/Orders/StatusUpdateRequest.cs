using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Orders;

/// <summary>Body of <c>POST /api/orders/status-update</c>, the older clients' form of a status change.</summary>
public sealed record StatusUpdateRequest(string? OrderId, OrderStatus? Status, string? Note, string? TrackingNumber, string? ShippingCarrier);
