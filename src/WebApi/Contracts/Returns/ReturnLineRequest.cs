namespace Orders.WebApi.Contracts.Returns;

/// <summary>Units of one order line to send back.</summary>
public sealed record ReturnLineRequest(string? OrderLineId, int? Quantity);
