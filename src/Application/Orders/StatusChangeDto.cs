using Orders.Domain.Orders;

namespace Orders.Application.Orders;

public sealed record StatusChangeDto
{
    public OrderStatus? From { get; init; }
    public OrderStatus To { get; init; }
    public DateTimeOffset At { get; init; }
    public string By { get; init; } = "";
    public string? Note { get; init; }
}
