using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>Events as Stripe sends them (an <c>event</c> object wrapping the changed object), and Stripe's signature
/// scheme: <c>Stripe-Signature: t=&lt;unix&gt;,v1=&lt;hex HMAC-SHA256(secret, "t.payload")&gt;</c>.</summary>
public static class StripeEvents
{
    public const string ApiVersion = "2024-06-20";

    public static string Event(string type, object dataObject, string? id = null) => JsonSerializer.Serialize(new
    {
        id = id ?? $"evt_{Guid.NewGuid():N}",
        @object = "event",
        api_version = ApiVersion,
        created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        type,
        livemode = false,
        pending_webhooks = 1,
        request = new { id = (string?)null, idempotency_key = (string?)null },
        data = new { @object = dataObject },
    });

    public static string Succeeded(JsonObject order, long? amount = null, string? currency = null, string? chargeId = null, string? id = null) =>
        Event("payment_intent.succeeded", new
        {
            id = IntentOf(order),
            @object = "payment_intent",
            amount = amount ?? Minor(order),
            amount_received = amount ?? Minor(order),
            currency = currency ?? order["currency"]!.GetValue<string>().ToLowerInvariant(),
            status = "succeeded",
            latest_charge = chargeId ?? $"ch_{Guid.NewGuid():N}"[..27],
            metadata = new { orderId = order["id"]!.GetValue<string>(), orderNumber = order["orderNumber"]!.GetValue<string>() },
        }, id);

    public static string PaymentFailed(JsonObject order, string message = "Your card was declined.") => Event("payment_intent.payment_failed", new
    {
        id = IntentOf(order),
        @object = "payment_intent",
        amount = Minor(order),
        currency = order["currency"]!.GetValue<string>().ToLowerInvariant(),
        status = "requires_payment_method",
        last_payment_error = new { type = "card_error", code = "card_declined", message },
    });

    public static string ChargeRefunded(JsonObject order, string refundId = "re_test_refund") => Event("charge.refunded", new
    {
        id = $"ch_{Guid.NewGuid():N}"[..27],
        @object = "charge",
        amount = Minor(order),
        amount_refunded = Minor(order),
        currency = order["currency"]!.GetValue<string>().ToLowerInvariant(),
        payment_intent = IntentOf(order),
        refunded = true,
        status = "succeeded",
        refunds = new
        {
            @object = "list",
            data = new[] { new { id = refundId, @object = "refund", amount = Minor(order), status = "succeeded", payment_intent = IntentOf(order) } },
            has_more = false,
            url = "/v1/refunds",
        },
    });

    public static string RefundUpdated(JsonObject order, string status, string refundId = "re_test_updated") => Event("refund.updated", new
    {
        id = refundId,
        @object = "refund",
        amount = Minor(order),
        currency = order["currency"]!.GetValue<string>().ToLowerInvariant(),
        payment_intent = IntentOf(order),
        status,
    });

    /// <summary><c>refund.updated</c> for a refund the fake created, now in <paramref name="status"/>, with its metadata.</summary>
    public static string RefundUpdated(FakeRefund refund, string status, string? id = null) =>
        Event("refund.updated", FakeStripe.RefundObject(refund, status), id);

    /// <summary><c>refund.failed</c> for a refund the fake created.</summary>
    public static string RefundFailed(FakeRefund refund, string? id = null) => Event("refund.failed", FakeStripe.RefundObject(refund, "failed"), id);

    /// <summary><c>charge.refunded</c> after <paramref name="refund"/> succeeded, listing it first as Stripe lists the newest;
    /// <paramref name="refundedInFull"/> when the charge has nothing left.</summary>
    public static string ChargeRefunded(FakeRefund refund, bool refundedInFull, string? id = null) => Event("charge.refunded", new
    {
        id = $"ch_{Guid.NewGuid():N}"[..27],
        @object = "charge",
        amount = refund.Amount,
        amount_refunded = refund.Amount,
        currency = refund.Currency,
        payment_intent = refund.IntentId,
        refunded = refundedInFull,
        status = "succeeded",
        refunds = new { @object = "list", data = new[] { FakeStripe.RefundObject(refund, "succeeded") }, has_more = false, url = "/v1/refunds" },
    }, id);

    public static string Sign(string payload, string secret, DateTimeOffset? at = null)
    {
        var t = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    public static string IntentOf(JsonObject order) => order["payment"]!["intentId"]!.GetValue<string>();

    public static long Minor(JsonObject order) => (long)(order["total"]!.GetValue<decimal>() * 100);
}
