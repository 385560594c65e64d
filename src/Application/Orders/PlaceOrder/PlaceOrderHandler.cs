using Mapster;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Application.Payments;
using Orders.Domain.Common;
using Orders.Domain.Discounts;
using Orders.Domain.Orders;
using Orders.Domain.Products;

namespace Orders.Application.Orders.PlaceOrder;

public sealed class PlaceOrderHandler(
    IOrderRepository orders,
    IProductRepository products,
    IDiscountRepository discounts,
    IStockReservations stock,
    IDiscountRedemptions redemptions,
    INumberSequences sequences,
    IIdempotencyStore idempotency,
    IIdGenerator ids,
    IPaymentProvider payments,
    IUnitOfWork uow,
    ICurrentUser currentUser,
    ShopOptions shop,
    TimeProvider clock,
    TypeAdapterConfig mapping)
{
    private const string LostRace = "concurrency.conflict";

    /// <summary>Short steps, so no provider call ever runs inside a transaction or the SQLite write gate: check the
    /// request; reserve the idempotency key (its own transaction); price the lines from the catalog (plain reads); take
    /// the order number (its own transaction); open the payment intent, keyed by the order id; then, in the order's
    /// transaction, reserve stock, redeem the discount, insert the order and mark the key done.</summary>
    public async Task<Result<PlacedOrder>> HandleAsync(PlaceOrderCommand cmd, CancellationToken ct)
    {
        var user = currentUser.User;
        var invalid = Validate(cmd);
        if (invalid is not null) return invalid;
        var address = ShippingAddress.Create(cmd.ShippingAddress!.FullName, cmd.ShippingAddress.Street, cmd.ShippingAddress.City,
            cmd.ShippingAddress.PostalCode, cmd.ShippingAddress.Country, cmd.ShippingAddress.Phone, cmd.ShippingMethod);
        if (!address.IsSuccess) return address.Failed();

        IdempotencyRecord? reservation = null;
        if (cmd.IdempotencyKey is { } key)
        {
            var reserved = await ReserveAsync(user, key, cmd.RequestHash(), ct);
            if (!reserved.IsSuccess) return reserved.Failed();
            if (reserved.Value.Replay is { } replay) return replay;
            reservation = reserved.Value.Record;
        }

        var placed = await PlaceAsync(cmd, address.Value, reservation, user, ct);
        // A lost race means another request holds the key now: its reservation is left to it.
        if (reservation is not null && !placed.IsSuccess && placed.Code() != LostRace) await ReleaseAsync(reservation, placed, ct);
        return placed;
    }

    private async Task<Result<PlacedOrder>> PlaceAsync(
        PlaceOrderCommand cmd, ShippingAddress address, IdempotencyRecord? reservation, UserContext user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var lines = await PriceLinesAsync([.. cmd.Items.Select(i => i!)], ct);
        if (!lines.IsSuccess) return lines.Failed();

        Discount? discount = null;
        if (cmd.DiscountCode is { } code)
        {
            discount = await discounts.FindAsync(Discount.Normalize(code), ct);
            if (discount is null) return Discount.Unusable(Discount.Normalize(code), "does not exist");
            var usable = discount.CheckUsable(now);
            if (!usable.IsSuccess) return usable.Failed();
        }

        var orderId = reservation?.OrderId ?? ids.NewId();
        Result<Order> Place(string number) => Order.Place(orderId, new OrderNumber(number), user.Id, user.Email,
            lines.Value, address, cmd.ShippingMethod, cmd.PaymentMethod, discount, shop.ToPricing(), now);

        // A provider that calls out opens its intent before the order's transaction, and the intent names the order
        // number, so the number is taken first, in a transaction of its own (a PostgreSQL counter row stays locked only
        // that long): one whose placement then fails is skipped, unique and increasing, not gap-free. A retry with the
        // key reuses it. A provider that stays in the process does everything in the one transaction: one commit.
        Order? prepared = null;
        if (payments.CallsOut || reservation?.OrderNumber is not null)
        {
            var number = reservation?.OrderNumber is { } kept
                ? Result<string>.Success(kept)
                : await uow.InTransactionAsync<string>(async ct =>
                {
                    var next = (await NextNumberAsync(now, ct)).Value;
                    reservation?.AssignNumber(next);
                    return next;
                }, ct);
            if (!number.IsSuccess) return number.Failed();
            var placed = Place(number.Value);
            if (!placed.IsSuccess) return placed.Failed();
            var attached = await AttachIntentAsync(placed.Value, ct);
            if (!attached.IsSuccess) return attached.Failed();
            prepared = placed.Value;
        }

        var committed = await uow.InTransactionAsync<Order>(async ct =>
        {
            var reserved = await ReserveStockAsync(lines.Value, ct);
            if (!reserved.IsSuccess) return reserved.Failed();
            if (discount is not null && !await redemptions.TryRedeemAsync(discount.Code, ct))
                return Discount.Unusable(discount.Code, "has been used the maximum number of times");
            var order = prepared;
            if (order is null)
            {
                var placed = Place((await NextNumberAsync(now, ct)).Value);
                if (!placed.IsSuccess) return placed.Failed();
                var attached = await AttachIntentAsync(placed.Value, ct);
                if (!attached.IsSuccess) return attached.Failed();
                order = placed.Value;
            }

            orders.Add(order);
            reservation?.Complete();
            return order;
        }, ct);
        // Mapped after the commit: the single SQLite writer waits for nothing that need not be inside.
        return committed.IsSuccess ? new PlacedOrder(committed.Value.ForOwnerView(user, mapping), Replayed: false) : committed.Failed();
    }

    private async Task<Result> AttachIntentAsync(Order order, CancellationToken ct)
    {
        var intent = await payments.CreateIntentAsync(new PaymentIntentRequest(order.Id, order.OrderNumber, order.Total, order.Currency), ct);
        if (!intent.IsSuccess) return intent.Failed();
        order.AttachPaymentIntent(payments.Name, intent.Value.IntentId, intent.Value.ClientSecret);
        return Result.Success();
    }

    /// <summary>Takes the key for this request, in a transaction of its own. The unique (user, key) row decides a race:
    /// the loser's insert fails, and on its next look it finds the winner's row in progress (409), done (the order
    /// replayed) or for another body (422).</summary>
    private async Task<Result<Reservation>> ReserveAsync(UserContext user, string key, string requestHash, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var now = clock.GetUtcNow();
            var taken = await uow.InTransactionAsync<Reservation>(async ct =>
            {
                var earlier = await idempotency.FindAsync(user.Id, key, ct);
                if (earlier is null)
                {
                    var fresh = IdempotencyRecord.Reserve(user.Id, key, requestHash, ids.NewId(), now);
                    idempotency.Add(fresh);
                    return new Reservation(fresh, null);
                }

                if (earlier.IsExpired(now))
                {
                    earlier.Renew(requestHash, ids.NewId(), now);
                    return new Reservation(earlier, null);
                }

                if (earlier.RequestHash != requestHash) return IdempotencyErrors.KeyReused;
                if (earlier.Completed) return new Reservation(null, await ReplayAsync(earlier, user, ct));
                if (earlier.IsHeld(now)) return IdempotencyErrors.InProgress;
                earlier.TakeOver(now);
                return new Reservation(earlier, null);
            }, ct);
            if (taken.IsSuccess || taken.Code() != LostRace) return taken;
            if (attempt == 3) return IdempotencyErrors.InProgress;
        }
    }

    /// <summary>A placement that failed gives its key back: kept with its ids when the provider was unreachable (a retry
    /// continues with the same order id, hence the same intent), forgotten otherwise (a retry is a new attempt).</summary>
    private async Task ReleaseAsync(IdempotencyRecord reservation, Ardalis.Result.IResult failure, CancellationToken ct)
    {
        await uow.InTransactionAsync<bool>(async ct =>
        {
            var current = await idempotency.FindAsync(reservation.UserId, reservation.Key, ct);
            if (current is null || current.Completed || current.OrderId != reservation.OrderId) return false;
            if (failure.Status == ResultStatus.Unavailable) current.Release(clock.GetUtcNow());
            else idempotency.Remove(current);
            return true;
        }, ct);
    }

    private sealed record Reservation(IdempotencyRecord? Record, Result<PlacedOrder>? Replay);

    private Result? Validate(PlaceOrderCommand cmd)
    {
        if (cmd.Items.Any(i => i is null)) return Failure.Field("items", "Items must be objects with productId and quantity.");
        var errors = new Dictionary<string, string[]>();
        if (cmd.Items.Count == 0) errors["items"] = ["An order needs at least one item."];
        else if (cmd.Items.Count > Order.MaxLines) errors["items"] = [$"An order has at most {Order.MaxLines} lines."];
        else if (cmd.Items.DistinctBy(i => i!.ProductId).Count() < cmd.Items.Count)
            errors["items"] = ["Each product may appear once; put the total in its quantity."];
        for (var i = 0; i < cmd.Items.Count; i++)
        {
            var item = cmd.Items[i]!;
            if (string.IsNullOrWhiteSpace(item.ProductId)) errors[$"items[{i}].productId"] = ["Is required."];
            if (item.Quantity is < 1 or > Order.MaxQuantityPerLine)
                errors[$"items[{i}].quantity"] = [$"Must be between 1 and {Order.MaxQuantityPerLine}."];
            if (item.Price is { } price && Money.FromMajor(price, shop.Currency) is null)
                errors[$"items[{i}].price"] = ["Must be a non-negative amount with at most 2 decimals."];
        }

        if (cmd.ShippingAddress is null) errors["shippingAddress"] = ["Is required."];
        if (cmd.IdempotencyKey is { Length: 0 or > IdempotencyRecord.MaxKeyLength })
            errors["Idempotency-Key"] = [$"Must be 1 to {IdempotencyRecord.MaxKeyLength} characters."];
        return errors.Count == 0 ? null : Failure.Invalid("order.invalid", "The order request is not valid; see errors.", errors);
    }

    private async Task<Result<PlacedOrder>> ReplayAsync(IdempotencyRecord earlier, UserContext user, CancellationToken ct)
    {
        var order = await orders.FindAsync(new OrderRef(earlier.OrderId), ct);
        return order is null ? OrderErrors.NotFound(new OrderRef(earlier.OrderId)) : new PlacedOrder(order.ForOwnerView(user, mapping), Replayed: true);
    }

    private async Task<Result<IReadOnlyList<OrderLineDraft>>> PriceLinesAsync(IReadOnlyList<PlaceOrderItem> items, CancellationToken ct)
    {
        var catalog = (await products.FindManyAsync([.. items.Select(i => i.ProductId!).Distinct()], ct)).ToDictionary(p => p.Id);
        var lines = new List<OrderLineDraft>(items.Count);
        foreach (var item in items)
        {
            if (!catalog.TryGetValue(item.ProductId!, out var product) || !product.Active) return ProductErrors.NotFound(item.ProductId!);
            var current = new Money(product.Price, shop.Currency);
            if (item.Price is { } sent && Money.FromMajor(sent, shop.Currency) != current)
                return ProductErrors.PriceMismatch(product.Name, sent, current.ToMajor());
            lines.Add(new OrderLineDraft(ids.NewId(), product.Id, product.Name, product.Images.FirstOrDefault(), product.Price, item.Quantity));
        }

        return lines;
    }

    private async Task<OrderNumber> NextNumberAsync(DateTimeOffset now, CancellationToken ct)
    {
        var local = TimeZoneInfo.ConvertTime(now, shop.FindTimeZone());
        var sequence = await sequences.NextAsync(OrderNumber.SequenceName(local.Year, local.Month), ct);
        return OrderNumber.For(local.Year, local.Month, sequence);
    }

    // Ordered by product id so that concurrent orders on PostgreSQL lock rows in one order and cannot deadlock.
    private async Task<Result> ReserveStockAsync(IReadOnlyList<OrderLineDraft> lines, CancellationToken ct)
    {
        foreach (var line in lines.OrderBy(l => l.ProductId, StringComparer.Ordinal))
        {
            if (!await stock.TryReserveAsync(line.ProductId, line.Quantity, ct))
                return ProductErrors.InsufficientStock(line.ProductName, await stock.AvailableAsync(line.ProductId, ct));
        }

        return Result.Success();
    }
}
