namespace Orders.Application.Products.UpdateProduct;

/// <summary>The fields to change; a null field keeps its value.</summary>
public sealed record UpdateProductCommand(
    string Id, string? Name, string? Description, decimal? Price, int? Stock, IReadOnlyList<string>? Images, bool? Active);
