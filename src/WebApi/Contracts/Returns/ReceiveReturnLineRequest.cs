namespace Orders.WebApi.Contracts.Returns;

/// <summary>Units of one line that came back (or did not): <c>disposition</c> is <c>restock</c>, <c>damaged</c> or
/// <c>missing</c>.</summary>
public sealed record ReceiveReturnLineRequest(string? OrderLineId, int? Quantity, string? Disposition);
