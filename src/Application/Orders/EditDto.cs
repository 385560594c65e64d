namespace Orders.Application.Orders;

public sealed record EditDto
{
    public DateTimeOffset At { get; init; }
    public string By { get; init; } = "";
    public string Reason { get; init; } = "";
    public IReadOnlyList<EditChangeDto> Changes { get; init; } = [];
    public EditDifferenceDto Difference { get; init; } = new();
    public string? RefundId { get; init; }
}
