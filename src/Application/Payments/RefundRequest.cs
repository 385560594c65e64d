namespace Orders.Application.Payments;

/// <summary>Money of one order to be given back: refund <paramref name="RefundId"/>, deduplicated at the provider by
/// <paramref name="IdempotencyKey"/>. Both are null in a message queued by an older build, which refunded whole orders.</summary>
public sealed record RefundRequest(string OrderId, string IntentId, long Amount, string Currency, string? RefundId = null, string? IdempotencyKey = null);
