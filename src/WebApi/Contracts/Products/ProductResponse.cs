namespace Orders.WebApi.Contracts.Products;

public sealed record ProductResponse(
    string Id, string Name, string? Description, decimal Price, string Currency, int Stock, IReadOnlyList<string> Images,
    bool Active, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
