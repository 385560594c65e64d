namespace Orders.WebApi.Contracts.Products;

/// <summary>A product to create, or the fields to change (PATCH): an absent or null field keeps its value.</summary>
public sealed record ProductRequest(string? Name, string? Description, decimal? Price, int? Stock, IReadOnlyList<string>? Images, bool? Active);
