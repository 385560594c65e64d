using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
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
    /// <summary>Identifies the body for idempotent retries: the same body gives the same hash, whatever the key.</summary>
    public string RequestHash() =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this with { IdempotencyKey = null }))));
}
