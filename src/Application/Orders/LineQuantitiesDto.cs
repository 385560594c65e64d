namespace Orders.Application.Orders;

/// <summary>A line's quantity ledger.</summary>
public sealed record LineQuantitiesDto
{
    public int Ordered { get; init; }
    public int Canceled { get; init; }
    public int Shipped { get; init; }
    public int Delivered { get; init; }
    public int Returned { get; init; }
    public int Refunded { get; init; }
}
