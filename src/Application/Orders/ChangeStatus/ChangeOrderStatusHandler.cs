using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ChangeStatus;

/// <summary>Every status change after placement: fulfilment by admins, cancel by the owner or an admin, reject by an
/// admin. The aggregate decides what is allowed; an order that ends unfulfilled is settled in the same transaction.</summary>
public sealed class ChangeOrderStatusHandler(
    OrderAccess access, OrderSettlement settlement, IUnitOfWork uow, ShopOptions shop, TimeProvider clock, TypeAdapterConfig mapping)
{
    public Task<Result<OrderDto>> HandleAsync(ChangeOrderStatusCommand cmd, CancellationToken ct)
    {
        if (cmd.Target is null) return Task.FromResult<Result<OrderDto>>(Failure.Field("status", "Is required."));
        return uow.InTransactionAsync<OrderDto>(async ct =>
        {
            var loaded = await access.LoadVisibleAsync(cmd.Order, ct);
            if (!loaded.IsSuccess) return loaded.Failed();
            var order = loaded.Value;
            if (cmd.ExpectedVersion is { } expected && expected != order.Version)
                return Failure.Conflict("order.version_mismatch",
                    $"The order is at version {order.Version}, not {expected}: it changed meanwhile. Reload it and try again.");

            var changed = Apply(order, cmd, access.User.AsActor(), clock.GetUtcNow());
            if (!changed.IsSuccess) return changed.Failed();
            if (order.Status is OrderStatus.Canceled or OrderStatus.Rejected) await settlement.SettleAsync(order, ct);
            return order.Adapt<OrderDto>(mapping);
        }, ct);
    }

    private Result Apply(Order order, ChangeOrderStatusCommand cmd, Actor by, DateTimeOffset now) => cmd.Target switch
    {
        OrderStatus.Paid => order.MarkPaid(by, now, note: cmd.Note),
        OrderStatus.InPreparation => order.StartPreparation(by, cmd.Note, now),
        OrderStatus.Ready => order.MarkReady(by, cmd.Note, now),
        OrderStatus.Shipped => order.Ship(by, cmd.TrackingNumber, cmd.ShippingCarrier, EstimatedDelivery(order.ShippingMethod, now), cmd.Note, now),
        OrderStatus.Delivered => order.MarkDelivered(by, cmd.Note, now),
        OrderStatus.Canceled => order.Cancel(by, cmd.Note, now),
        OrderStatus.Rejected => order.Reject(by, cmd.Note, now),
        _ => order.InvalidTransition(cmd.Target!.Value),
    };

    private DateOnly EstimatedDelivery(ShippingMethod method, DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, shop.FindTimeZone()).Date).AddDays(shop.DeliveryDays.GetValueOrDefault(method));
}
