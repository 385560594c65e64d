namespace Orders.Application.Orders;

public sealed record OrderLineDto
{
    public string Id { get; init; } = "";
    public string ProductId { get; init; } = "";
    public string ProductName { get; init; } = "";
    public string? ProductImage { get; init; }
    public long UnitPrice { get; init; }
    public int Quantity { get; init; }
    public long LineTotal { get; init; }

    /// <summary>What the line cost the customer: its total less its share of the discount plus its share of the tax.</summary>
    public long PaidTotal { get; init; }

    public LineQuantitiesDto Quantities { get; init; } = new();
}
