using Orders.Domain.Orders;

namespace Orders.Infrastructure.Outbox;

/// <summary>Which email to send: one about what happens after the sale when <see cref="AfterSale"/> is set, else a
/// confirmation when <see cref="From"/> is null, else the change from → to. <see cref="To"/> is null only beside
/// <see cref="AfterSale"/>, so a build that does not know that email fails on it instead of sending another one.</summary>
public sealed record EmailPayload(OrderStatus? From, OrderStatus? To, string? Note)
{
    public AfterSaleEmail? AfterSale { get; init; }
}
