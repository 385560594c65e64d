namespace Orders.WebApi.Contracts.Orders;

public sealed record OrderLineResponse(string Id, string ProductId, string ProductName, string? ProductImage, decimal UnitPrice, int Quantity, decimal LineTotal)
{
    /// <summary>What the line cost the customer: its total less its share of the discount plus its share of the tax.</summary>
    public decimal PaidTotal { get; init; }

    public LineQuantitiesResponse Quantities { get; init; } = new(0, 0, 0, 0, 0, 0);
}
