namespace Orders.WebApi.Contracts.Shipments;

public sealed record ShipmentLineRequest(string? OrderLineId, int Quantity);
