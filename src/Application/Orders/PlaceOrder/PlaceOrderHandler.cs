using Mapster;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Application.Payments;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.PlaceOrder;

/// <summary>Places an order. Nothing slow runs inside a transaction: the key (<see cref="PlacementKeys"/>) is claimed in
/// a short unit of work of its own, the number (<see cref="OrderNumbering"/>) taken at once, the catalog read and the
/// provider's intent opened outside any; the order's own save then reserves the stock and the discount (conditional
/// updates, so no oversell), inserts the order and marks the key done, all or nothing. A customer already holding
/// <see cref="OrderOptions.MaxUnpaidPerCustomer"/> unpaid orders is refused before anything is opened, and again, exactly,
/// inside the order's own save (<see cref="IUnpaidOrders"/>).</summary>
public sealed class PlaceOrderHandler(
    PlacementKeys keys,
    CartPricing pricing,
    OrderNumbering numbering,
    IPaymentProvider payments,
    IStockReservations stock,
    IDiscountRedemptions redemptions,
    IUnpaidOrders unpaid,
    IOrderRepository orders,
    IIdGenerator ids,
    IUnitOfWork uow,
    ShopOptions shop,
    OrderOptions limits,
    TimeProvider clock,
    TypeAdapterConfig mapping)
{
    public async Task<Result<PlacedOrder>> HandleAsync(PlaceOrderCommand cmd, CancellationToken ct)
    {
        var checkedShape = cmd.Check(shop.Currency);
        if (!checkedShape.IsSuccess) return checkedShape.Failed();
        var address = cmd.ShippingAddress!.ToAddress(cmd.ShippingMethod);
        if (!address.IsSuccess) return address.Failed();

        IdempotencyRecord? key = null;
        if (cmd.IdempotencyKey is { } idempotencyKey)
        {
            var claim = await keys.ClaimAsync(cmd, idempotencyKey, ct);
            if (!claim.IsSuccess) return claim.Failed();
            if (claim.Value.Replay is { } replay) return replay;
            key = claim.Value.Held;
        }

        var placed = await PlaceAsync(cmd, address.Value, key, ct);
        if (!placed.IsSuccess && key is not null) await keys.ReleaseAsync(key, placed, ct);
        return placed;
    }

    private async Task<Result<PlacedOrder>> PlaceAsync(PlaceOrderCommand cmd, ShippingAddress address, IdempotencyRecord? key, CancellationToken ct)
    {
        var limit = limits.MaxUnpaidPerCustomer;
        if (limit > 0 && await unpaid.CountAsync(cmd.User.Id, ct) >= limit) return OrderErrors.TooManyUnpaid(limit).Failed();

        var now = clock.GetUtcNow();
        var cart = await pricing.PriceAsync([.. cmd.Items.Select(i => i!)], cmd.DiscountCode, now, ct);
        if (!cart.IsSuccess) return cart.Failed();
        var number = await numbering.TakeAsync(key, now, ct);
        if (!number.IsSuccess) return number.Failed();

        var placed = Order.Place(key?.OrderId ?? ids.NewId(), number.Value, cmd.User.Id, cmd.User.Email, cart.Value.Lines, address,
            cmd.ShippingMethod, cmd.PaymentMethod, cart.Value.Discount, shop.ToPricing(), now);
        if (!placed.IsSuccess) return placed.Failed();
        var order = placed.Value;
        var intent = await payments.CreateIntentAsync(new PaymentIntentRequest(order.Id, order.OrderNumber, order.Total, order.Currency), ct);
        if (!intent.IsSuccess) return intent.Failed();
        order.AttachPaymentIntent(payments.Name, intent.Value.IntentId, intent.Value.ClientSecret);

        if (limit > 0) unpaid.EnsureBelowOnSave(cmd.User.Id, limit);
        // In product-id order, so that concurrent orders on PostgreSQL lock rows in one order and cannot deadlock.
        foreach (var line in cart.Value.Lines.OrderBy(l => l.ProductId, StringComparer.Ordinal))
            stock.Reserve(line.ProductId, line.ProductName, line.Quantity);
        if (cart.Value.Discount is { } discount) redemptions.Redeem(discount.Code);
        orders.Add(order);
        key?.Complete();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new PlacedOrder(order.ForOwnerView(cmd.User, mapping), Replayed: false) : saved.Failed();
    }
}
