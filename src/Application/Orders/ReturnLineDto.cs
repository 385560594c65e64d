namespace Orders.Application.Orders;

public sealed record ReturnLineDto
{
    public string OrderLineId { get; init; } = "";
    public int Quantity { get; init; }
    public int Received { get; init; }
    public int Restocked { get; init; }
    public int Damaged { get; init; }
    public int Missing { get; init; }
}
