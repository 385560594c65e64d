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
    public async Task<Result<PlacedOrder>> HandleAsync(PlaceOrderCommand cmd, CancellationToken ct)
    {
        var user = currentUser.User;
        var invalid = Validate(cmd);
        if (invalid is not null) return invalid;
        var address = ShippingAddress.Create(cmd.ShippingAddress!.FullName, cmd.ShippingAddress.Street, cmd.ShippingAddress.City,
            cmd.ShippingAddress.PostalCode, cmd.ShippingAddress.Country, cmd.ShippingAddress.Phone, cmd.ShippingMethod);
        if (!address.IsSuccess) return address.Failed();

        return await uow.InTransactionAsync(async ct =>
        {
            var now = clock.GetUtcNow();
            var requestHash = cmd.RequestHash();
            if (cmd.IdempotencyKey is { } key)
            {
                var earlier = await idempotency.FindAsync(user.Id, key, ct);
                if (earlier is not null && !earlier.IsExpired(now))
                    return await ReplayAsync(earlier, requestHash, user, ct);
                if (earlier is not null) idempotency.Remove(earlier);
            }

            var lines = await PriceLinesAsync([.. cmd.Items.Select(i => i!)], ct);
            if (!lines.IsSuccess) return lines.Failed();

            Discount? discount = null;
            if (cmd.DiscountCode is { } code)
            {
                discount = await discounts.FindAsync(Discount.Normalize(code), ct);
                if (discount is null) return Discount.Unusable(Discount.Normalize(code), "does not exist");
            }

            // Stock and discount first, the month's number last: on PostgreSQL the number's counter row stays locked until
            // commit, so taking it last keeps concurrent orders from queueing behind each other for long.
            var reserved = await ReserveStockAsync(lines.Value, ct);
            if (!reserved.IsSuccess) return reserved.Failed();
            if (discount is not null && !await redemptions.TryRedeemAsync(discount.Code, ct))
                return Discount.Unusable(discount.Code, "has been used the maximum number of times");

            var placed = Order.Place(ids.NewId(), await NextNumberAsync(now, ct), user.Id, user.Email, lines.Value,
                address.Value, cmd.ShippingMethod, cmd.PaymentMethod, discount, shop.ToPricing(), now);
            if (!placed.IsSuccess) return placed.Failed();
            var order = placed.Value;
            var intent = await payments.CreateIntentAsync(new PaymentIntentRequest(order.Id, order.OrderNumber, order.Total, order.Currency), ct);
            if (!intent.IsSuccess) return intent.Failed();
            order.AttachPaymentIntent(payments.Name, intent.Value.IntentId, intent.Value.ClientSecret);

            orders.Add(order);
            if (cmd.IdempotencyKey is not null)
                idempotency.Add(new IdempotencyRecord(user.Id, cmd.IdempotencyKey, requestHash, order.Id, now));
            return Result<PlacedOrder>.Success(new PlacedOrder(order.ForOwnerView(user, mapping), Replayed: false));
        }, ct);
    }

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

    private async Task<Result<PlacedOrder>> ReplayAsync(IdempotencyRecord earlier, string requestHash, UserContext user, CancellationToken ct)
    {
        if (earlier.RequestHash != requestHash)
            return Failure.Unprocessable("idempotency.key_reused",
                "This Idempotency-Key was already used with a different request body; use a new key for a new order.");
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
