namespace Orders.Application.Shipments;

/// <summary>Units of one order line as the client names them, before they are checked.</summary>
public sealed record ShipmentLineInput(string? OrderLineId, int Quantity);
