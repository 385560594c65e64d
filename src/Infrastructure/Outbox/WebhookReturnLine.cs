namespace Orders.Infrastructure.Outbox;

/// <summary>Units of one order line in a return, and what has been accounted for of them.</summary>
public sealed record WebhookReturnLine(string OrderLineId, int Quantity, int Received, int Restocked, int Damaged, int Missing);
