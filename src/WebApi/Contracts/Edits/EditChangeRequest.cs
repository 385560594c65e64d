namespace Orders.WebApi.Contracts.Edits;

/// <summary><c>{orderLineId, quantity}</c> (0 removes the line) or <c>{productId, quantity}</c> (a new line at today's
/// catalog price).</summary>
public sealed record EditChangeRequest(string? OrderLineId, string? ProductId, int? Quantity);
