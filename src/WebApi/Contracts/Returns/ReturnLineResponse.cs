namespace Orders.WebApi.Contracts.Returns;

/// <summary>Units of one line in a return and what became of those received so far.</summary>
public sealed record ReturnLineResponse(string OrderLineId, int Quantity, int Received, int Restocked, int Damaged, int Missing);
