namespace Orders.Domain.Orders;

/// <summary>How an edit changed one line: from <see cref="PreviousQuantity"/> units to <see cref="Quantity"/> (0 when it
/// removed the line, and <see cref="PreviousQuantity"/> 0 when it added it).</summary>
public sealed record EditChange(string OrderLineId, string ProductId, string ProductName, int PreviousQuantity, int Quantity);
