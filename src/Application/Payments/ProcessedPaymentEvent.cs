namespace Orders.Application.Payments;

/// <summary>A provider event already applied; its id makes the webhook idempotent.</summary>
public sealed class ProcessedPaymentEvent(string id, string type, string intentId, DateTimeOffset receivedAt)
{
    public string Id { get; private set; } = id;

    public string Type { get; private set; } = type;

    public string IntentId { get; private set; } = intentId;

    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;
}
