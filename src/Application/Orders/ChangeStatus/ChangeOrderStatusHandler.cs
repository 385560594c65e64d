using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.ChangeStatus;

/// <summary>Every status change after placement through one route (PUT /status): fulfilment by admins, and cancel or
/// reject for older clients. The aggregate decides what is allowed; an order that ends unfulfilled is settled in the same
/// unit of work.</summary>
public sealed class ChangeOrderStatusHandler(
    OrderAccess access, OrderSettlement settlement, IUnitOfWork uow, ShopOptions shop, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<OrderDto>> HandleAsync(ChangeOrderStatusCommand cmd, CancellationToken ct)
    {
        if (cmd.Target is null) return OrderErrors.StatusRequired;
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();

        var changed = Apply(order.Value, cmd, clock.GetUtcNow());
        if (!changed.IsSuccess) return changed.Failed();
        if (order.Value.Status is OrderStatus.Canceled or OrderStatus.Rejected) settlement.Settle(order.Value);

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? order.Value.ForOwnerView(cmd.User, mapping) : saved.Failed();
    }

    private Result Apply(Order order, ChangeOrderStatusCommand cmd, DateTimeOffset now)
    {
        var by = cmd.User.AsActor();
        return cmd.Target switch
        {
            OrderStatus.Paid => order.MarkPaid(by, now, note: cmd.Note),
            OrderStatus.InPreparation => order.StartPreparation(by, cmd.Note, now),
            OrderStatus.Ready => order.MarkReady(by, cmd.Note, now),
            OrderStatus.Shipped => order.Ship(by, cmd.TrackingNumber, cmd.ShippingCarrier, shop.EstimatedDelivery(order.ShippingMethod, now), cmd.Note, now),
            OrderStatus.Delivered => order.MarkDelivered(by, cmd.Note, now),
            OrderStatus.Canceled => order.Cancel(by, cmd.Note, now),
            OrderStatus.Rejected => order.Reject(by, cmd.Note, now),
            _ => order.InvalidTransition(cmd.Target!.Value),
        };
    }
}
