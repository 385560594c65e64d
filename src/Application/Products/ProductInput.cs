namespace Orders.Application.Products;

/// <summary>Fields of a product to create or change; on a change, a null field keeps its current value.</summary>
public sealed record ProductInput(string? Name, string? Description, decimal? Price, int? Stock, IReadOnlyList<string>? Images, bool? Active);
