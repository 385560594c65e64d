namespace Orders.Application.Orders;

public sealed record RefundLineDto
{
    public string OrderLineId { get; init; } = "";
    public int Quantity { get; init; }
    public long Amount { get; init; }
}
