namespace Orders.Infrastructure.Outbox;

/// <summary>Units of one order line, as a shipment lists them.</summary>
public sealed record WebhookLine(string OrderLineId, int Quantity);
