using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Returns.ApproveReturn;

/// <summary>An admin approves a requested return; the units stay counted as in an open return.</summary>
public sealed class ApproveReturnHandler(OrderAccess access, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<ReturnAtVersion>> HandleAsync(ApproveReturnCommand cmd, CancellationToken ct)
    {
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();
        // After the load: another customer's order stays a 404, the owner's own is a 403.
        if (!cmd.User.IsAdmin) return ReturnErrors.AdminOnly;

        var approved = order.Value.ApproveReturn(cmd.User.AsActor(), cmd.ReturnId, clock.GetUtcNow());
        if (!approved.IsSuccess) return approved.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new ReturnAtVersion(order.Value.Id, approved.Value.Adapt<ReturnDto>(mapping), order.Value.Version) : saved.Failed();
    }
}
