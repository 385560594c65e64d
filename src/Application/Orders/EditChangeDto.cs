namespace Orders.Application.Orders;

public sealed record EditChangeDto
{
    public string OrderLineId { get; init; } = "";
    public string ProductId { get; init; } = "";
    public string ProductName { get; init; } = "";
    public int PreviousQuantity { get; init; }
    public int Quantity { get; init; }
}
