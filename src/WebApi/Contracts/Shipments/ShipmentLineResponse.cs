namespace Orders.WebApi.Contracts.Shipments;

public sealed record ShipmentLineResponse(string OrderLineId, int Quantity);
