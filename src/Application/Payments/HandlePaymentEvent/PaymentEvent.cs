namespace Orders.Application.Payments.HandlePaymentEvent;

/// <summary>What the provider posts: <c>{id, type, created, data:{intentId, transactionId, amount, currency, failureReason?}}</c>.</summary>
public sealed record PaymentEvent(string? Id, string? Type, long? Created, PaymentEventData? Data)
{
    public const string Succeeded = "payment.succeeded";
    public const string Failed = "payment.failed";
    public const string RefundSucceeded = "refund.succeeded";
}
