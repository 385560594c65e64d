using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.Application.Orders.RejectOrder;

/// <summary>Refuses an order: its stock and discount go back, and money taken is refunded from the outbox after the
/// commit.</summary>
public sealed class RejectOrderHandler(OrderAccess access, OrderSettlement settlement, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<OrderDto>> HandleAsync(RejectOrderCommand cmd, CancellationToken ct)
    {
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();

        var rejected = order.Value.Reject(cmd.User.AsActor(), cmd.Note, clock.GetUtcNow());
        if (!rejected.IsSuccess) return rejected.Failed();
        settlement.Settle(order.Value);

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? order.Value.ForOwnerView(cmd.User, mapping) : saved.Failed();
    }
}
