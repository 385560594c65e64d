namespace Orders.WebApi.Contracts.Shipments;

/// <summary>Body of <c>POST /api/orders/{id}/shipments</c>; without <c>lines</c>, every unit not yet shipped.</summary>
public sealed record CreateShipmentRequest(IReadOnlyList<ShipmentLineRequest?>? Lines, string? Carrier, string? TrackingNumber, string? TrackingUrl);
