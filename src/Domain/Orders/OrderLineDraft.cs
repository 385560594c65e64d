namespace Orders.Domain.Orders;

/// <summary>A line to place: the product as the catalog has it now (its first image, if any), and the quantity wanted.</summary>
public sealed record OrderLineDraft(string LineId, string ProductId, string ProductName, string? ProductImage, long UnitPrice, int Quantity);
