namespace Orders.Infrastructure.Payments;

/// <summary>The built-in provider's own record of an intent and its latest refund (the order keeps every refund).</summary>
public sealed class ManualPayment(string intentId, string orderId, long amount, string currency, DateTimeOffset createdAt)
{
    public string IntentId { get; private set; } = intentId;

    public string OrderId { get; private set; } = orderId;

    public long Amount { get; private set; } = amount;

    public string Currency { get; private set; } = currency;

    public DateTimeOffset CreatedAt { get; private set; } = createdAt;

    public string? RefundId { get; private set; }

    public DateTimeOffset? RefundedAt { get; private set; }

    /// <summary>An edit of the unpaid order moved its total.</summary>
    public void ChangeAmount(long amount) => Amount = amount;

    public void Refund(string refundId, DateTimeOffset at)
    {
        RefundId = refundId;
        RefundedAt = at;
    }
}
