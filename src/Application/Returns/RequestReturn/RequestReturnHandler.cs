using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;

namespace Orders.Application.Returns.RequestReturn;

/// <summary>Opens a return of delivered units: the owner's is requested (within <see cref="ReturnOptions.Window"/> of
/// the units' delivery), an admin's approved. The cap (delivered − returned − units in open returns) is checked by the
/// aggregate and holds under the order's version. No stock moves until units are received.</summary>
public sealed class RequestReturnHandler(OrderAccess access, IUnitOfWork uow, ReturnOptions options, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<ReturnAtVersion>> HandleAsync(RequestReturnCommand cmd, CancellationToken ct)
    {
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();

        var requested = order.Value.RequestReturn(cmd.User.AsActor(), cmd.Lines, cmd.Reason, options.Window, clock.GetUtcNow());
        if (!requested.IsSuccess) return requested.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new ReturnAtVersion(order.Value.Id, requested.Value.Adapt<ReturnDto>(mapping), order.Value.Version) : saved.Failed();
    }
}
