namespace Orders.Infrastructure.Outbox;

/// <summary>The order a webhook is about. <see cref="Version"/> is the order's version after the change, so a receiver
/// can put events that arrive out of order back in order.</summary>
public sealed record WebhookOrderData(
    string OrderId, string OrderNumber, int Version, string? PreviousStatus, string NewStatus, string? TrackingNumber, WebhookUser User);
