using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Refunds.RetryRefund;

/// <summary>A failed refund goes back to pending, if what it gives back is still refundable, and the provider is asked
/// again from the outbox under a new key (<c>refund-{id}-r{N}</c>), since a provider replays a key's first answer.</summary>
public sealed class RetryRefundHandler(OrderAccess access, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<RefundAnswer>> HandleAsync(RetryRefundCommand cmd, CancellationToken ct)
    {
        if (!cmd.User.IsAdmin) return RefundErrors.AdminOnly.Failed();
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();

        var retried = order.Value.RetryRefund(cmd.User.AsActor(), cmd.RefundId, clock.GetUtcNow());
        if (!retried.IsSuccess) return retried.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new RefundAnswer(order.Value.Id, order.Value.Version, retried.Value.Adapt<RefundDto>(mapping)) : saved.Failed();
    }
}
