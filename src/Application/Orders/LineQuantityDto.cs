namespace Orders.Application.Orders;

public sealed record LineQuantityDto
{
    public string OrderLineId { get; init; } = "";
    public int Quantity { get; init; }
}
