namespace Orders.Infrastructure.Payments.Stripe;

/// <summary>An intent opened at Stripe, noted as soon as Stripe answered and before the order's transaction, so that the
/// housekeeping can cancel it when no order ends up holding it.</summary>
public sealed class StripeIntent(string intentId, string orderId, DateTimeOffset createdAt)
{
    public string IntentId { get; private set; } = intentId;

    public string OrderId { get; private set; } = orderId;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;
}
