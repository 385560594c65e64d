namespace Orders.Infrastructure.Outbox;

/// <summary>Units of one order line a refund gives back, and what they cost the customer (major units).</summary>
public sealed record WebhookRefundLine(string OrderLineId, int Quantity, decimal Amount);
