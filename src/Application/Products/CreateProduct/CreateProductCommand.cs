namespace Orders.Application.Products.CreateProduct;

/// <summary>A new catalog product; <paramref name="Price"/> in major units of the shop's currency.</summary>
public sealed record CreateProductCommand(
    string? Name, string? Description, decimal? Price, int? Stock, IReadOnlyList<string>? Images, bool? Active);
