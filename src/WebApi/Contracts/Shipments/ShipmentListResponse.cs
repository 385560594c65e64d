namespace Orders.WebApi.Contracts.Shipments;

/// <summary>An order's shipments, oldest first.</summary>
public sealed record ShipmentListResponse(IReadOnlyList<ShipmentResponse> Items);
