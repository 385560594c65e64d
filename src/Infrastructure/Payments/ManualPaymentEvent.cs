namespace Orders.Infrastructure.Payments;

/// <summary>What the manual provider posts: <c>{id, type, created, data:{intentId, transactionId, amount, currency, failureReason?}}</c>.</summary>
internal sealed record ManualPaymentEvent(string? Id, string? Type, long? Created, ManualPaymentEventData? Data)
{
    public const string Succeeded = "payment.succeeded";
    public const string Failed = "payment.failed";
    public const string RefundSucceeded = "refund.succeeded";
}
