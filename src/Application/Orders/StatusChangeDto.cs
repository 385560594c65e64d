using Orders.Domain.Orders;

namespace Orders.Application.Orders;

public sealed record StatusChangeDto(OrderStatus? From, OrderStatus To, DateTimeOffset At, string By, string? Note)
{
    public static StatusChangeDto Of(StatusChange change) => new(change.From, change.To, change.At, change.By, change.Note);
}
