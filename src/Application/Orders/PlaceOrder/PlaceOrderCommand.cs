using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.PlaceOrder;

/// <summary>A new order from <paramref name="User"/> (not part of the body, so not of its idempotency hash).</summary>
public sealed record PlaceOrderCommand(
    [property: JsonIgnore] UserContext User,
    IReadOnlyList<PlaceOrderItem?> Items,
    ShippingAddressInput? ShippingAddress,
    ShippingMethod ShippingMethod,
    PaymentMethod PaymentMethod,
    string? DiscountCode,
    string? IdempotencyKey)
{
    /// <summary>The older clients' form (<c>POST /api/orders/new</c>): a list of product ids, an id repeated n times meaning
    /// quantity n, placed as a pickup order in the name of <paramref name="user"/> (the token's name, else its id).</summary>
    public static Result<PlaceOrderCommand> PickupOf(IReadOnlyList<string?>? productIds, UserContext user, string? idempotencyKey)
    {
        if (productIds is null || productIds.Any(string.IsNullOrWhiteSpace))
            return OrderErrors.ProductIdListRequired;
        var items = productIds.GroupBy(id => id!.Trim()).Select(g => (PlaceOrderItem?)new PlaceOrderItem(g.Key, g.Count(), null)).ToList();
        var address = new ShippingAddressInput(user.Name ?? user.Id, null, null, null, null, null);
        return new PlaceOrderCommand(user, items, address, ShippingMethod.Pickup, PaymentMethod.Card, DiscountCode: null, idempotencyKey);
    }

    /// <summary>The request's shape, before anything is read: items, quantities, prices, the address and the key.</summary>
    public Result Check(string currency)
    {
        if (Items.Any(i => i is null)) return OrderErrors.ItemsMustBeObjects;
        var errors = new Dictionary<string, string[]>();
        if (Items.Count == 0) errors["items"] = ["An order needs at least one item."];
        else if (Items.Count > Order.MaxLines) errors["items"] = [$"An order has at most {Order.MaxLines} lines."];
        else if (Items.DistinctBy(i => i!.ProductId).Count() < Items.Count)
            errors["items"] = ["Each product may appear once; put the total in its quantity."];
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i]!;
            if (string.IsNullOrWhiteSpace(item.ProductId)) errors[$"items[{i}].productId"] = ["Is required."];
            if (item.Quantity is < 1 or > Order.MaxQuantityPerLine)
                errors[$"items[{i}].quantity"] = [$"Must be between 1 and {Order.MaxQuantityPerLine}."];
            if (item.Price is { } price && Money.FromMajor(price, currency) is null)
                errors[$"items[{i}].price"] = ["Must be a non-negative amount with at most 2 decimals."];
        }

        if (ShippingAddress is null) errors["shippingAddress"] = ["Is required."];
        if (IdempotencyKey is { Length: 0 or > IdempotencyRecord.MaxKeyLength })
            errors["Idempotency-Key"] = [$"Must be 1 to {IdempotencyRecord.MaxKeyLength} characters."];
        return errors.Count == 0 ? Result.Success() : OrderErrors.InvalidOrder(errors);
    }

    /// <summary>Identifies the body for idempotent retries: the same body gives the same hash, whatever the key.</summary>
    public string RequestHash() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this with { IdempotencyKey = null }))));
}
