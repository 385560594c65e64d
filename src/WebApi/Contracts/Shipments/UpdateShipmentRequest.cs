using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Shipments;

/// <summary>Body of <c>PATCH /api/orders/{id}/shipments/{shipmentId}</c>: what changes; <c>status</c> may only be
/// <c>delivered</c>.</summary>
public sealed record UpdateShipmentRequest(string? Carrier, string? TrackingNumber, string? TrackingUrl, ShipmentStatus? Status);
