namespace Orders.WebApi.Contracts.Edits;

/// <summary>How an edit changed one line: from <see cref="PreviousQuantity"/> units (0 for a line it added) to
/// <see cref="Quantity"/> (0 for a line it removed).</summary>
public sealed record EditChangeResponse(string OrderLineId, string ProductId, string ProductName, int PreviousQuantity, int Quantity);
