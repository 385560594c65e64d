using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;

namespace Orders.Application.Returns.CancelReturn;

/// <summary>The owner withdraws their own requested return; an admin cancels any return before a unit of it is
/// received. Its units become returnable again.</summary>
public sealed class CancelReturnHandler(OrderAccess access, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<ReturnAtVersion>> HandleAsync(CancelReturnCommand cmd, CancellationToken ct)
    {
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();

        var canceled = order.Value.CancelReturn(cmd.User.AsActor(), cmd.ReturnId, clock.GetUtcNow());
        if (!canceled.IsSuccess) return canceled.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new ReturnAtVersion(order.Value.Id, canceled.Value.Adapt<ReturnDto>(mapping), order.Value.Version) : saved.Failed();
    }
}
