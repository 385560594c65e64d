using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Orders.PlaceOrder;

public sealed record PlaceOrderCommand(
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
            return Failure.Field("$", "The body must be a JSON array of product ids, like [\"id1\", \"id2\", \"id1\"].");
        var items = productIds.GroupBy(id => id!.Trim()).Select(g => (PlaceOrderItem?)new PlaceOrderItem(g.Key, g.Count(), null)).ToList();
        var address = new ShippingAddressInput(user.Name ?? user.Id, null, null, null, null, null);
        return new PlaceOrderCommand(items, address, ShippingMethod.Pickup, PaymentMethod.Card, DiscountCode: null, idempotencyKey);
    }

    /// <summary>Identifies the body for idempotent retries: the same body gives the same hash, whatever the key.</summary>
    public string RequestHash() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this with { IdempotencyKey = null }))));
}
