using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Returns.DeclineReturn;

/// <summary>An admin declines a requested return, saying why; its units become returnable again.</summary>
public sealed class DeclineReturnHandler(OrderAccess access, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<ReturnAtVersion>> HandleAsync(DeclineReturnCommand cmd, CancellationToken ct)
    {
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();
        // Before the note is looked at: a customer learns nothing about the route but that it is not theirs.
        if (!cmd.User.IsAdmin) return ReturnErrors.AdminOnly;

        var declined = order.Value.DeclineReturn(cmd.User.AsActor(), cmd.ReturnId, cmd.Note, clock.GetUtcNow());
        if (!declined.IsSuccess) return declined.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new ReturnAtVersion(order.Value.Id, declined.Value.Adapt<ReturnDto>(mapping), order.Value.Version) : saved.Failed();
    }
}
