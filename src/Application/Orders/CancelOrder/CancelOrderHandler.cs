using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.Application.Orders.CancelOrder;

/// <summary>Cancels a pending, paid or in-preparation order: its stock and discount go back, and money taken is
/// refunded from the outbox after the commit.</summary>
public sealed class CancelOrderHandler(OrderAccess access, OrderSettlement settlement, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<OrderDto>> HandleAsync(CancelOrderCommand cmd, CancellationToken ct)
    {
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();

        var canceled = order.Value.Cancel(cmd.User.AsActor(), cmd.Reason, clock.GetUtcNow());
        if (!canceled.IsSuccess) return canceled.Failed();
        settlement.Settle(order.Value);

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? order.Value.ForOwnerView(cmd.User, mapping) : saved.Failed();
    }
}
