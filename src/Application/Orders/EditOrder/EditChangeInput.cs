namespace Orders.Application.Orders.EditOrder;

/// <summary>One change as the client sends it: a line's new quantity (<paramref name="OrderLineId"/>) or a product to add
/// (<paramref name="ProductId"/>), exactly one of the two.</summary>
public sealed record EditChangeInput(string? OrderLineId, string? ProductId, int? Quantity);
