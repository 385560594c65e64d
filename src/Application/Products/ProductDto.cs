namespace Orders.Application.Products;

public sealed record ProductDto
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public long Price { get; init; }
    public string Currency { get; init; } = "";
    public int Stock { get; init; }
    public IReadOnlyList<string> Images { get; init; } = [];
    public bool Active { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
