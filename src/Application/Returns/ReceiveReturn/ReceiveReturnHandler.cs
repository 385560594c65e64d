using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Returns.ReceiveReturn;

/// <summary>Accounts for returned units. The restocked ones go back in stock through <see cref="IStockReservations"/>,
/// queued into the same save as the order's new version: a save that fails (a stale version, a lost race) drops the
/// release with it, so each unit is restocked exactly once. Damaged and missing units move no stock.</summary>
public sealed class ReceiveReturnHandler(
    OrderAccess access, IStockReservations stock, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<ReturnAtVersion>> HandleAsync(ReceiveReturnCommand cmd, CancellationToken ct)
    {
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();
        if (!cmd.User.IsAdmin) return ReturnErrors.AdminOnly;

        var restocked = order.Value.ReceiveReturn(cmd.User.AsActor(), cmd.ReturnId, cmd.Lines, clock.GetUtcNow());
        if (!restocked.IsSuccess) return restocked.Failed();
        foreach (var units in restocked.Value) stock.Release(units.ProductId, units.Quantity);

        var saved = await uow.SaveChangesAsync(ct);
        if (!saved.IsSuccess) return saved.Failed();
        var received = order.Value.Returns.Single(r => r.Id == cmd.ReturnId);
        return new ReturnAtVersion(order.Value.Id, received.Adapt<ReturnDto>(mapping), order.Value.Version);
    }
}
