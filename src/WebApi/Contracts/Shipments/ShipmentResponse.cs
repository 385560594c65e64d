using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Shipments;

/// <summary>The shipment object of API.md: some units of an order, with the carrier's tracking.</summary>
public sealed record ShipmentResponse(
    string Id, IReadOnlyList<ShipmentLineResponse> Lines, string Carrier, string TrackingNumber, string? TrackingUrl, ShipmentStatus Status,
    DateTimeOffset ShippedAt, DateTimeOffset? DeliveredAt);
