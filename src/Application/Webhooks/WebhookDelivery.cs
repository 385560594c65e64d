namespace Orders.Application.Webhooks;

/// <summary>One attempt to deliver an event to a subscription: what the receiver answered and how long it took.</summary>
public sealed class WebhookDelivery
{
    private WebhookDelivery()
    {
        Id = SubscriptionId = OutboxMessageId = EventId = EventType = null!;
    }

    public WebhookDelivery(
        string id, string subscriptionId, string outboxMessageId, string eventId, string eventType, int attempt, int? statusCode,
        int durationMs, string? error, DateTimeOffset attemptedAt)
    {
        Id = id;
        SubscriptionId = subscriptionId;
        OutboxMessageId = outboxMessageId;
        EventId = eventId;
        EventType = eventType;
        Attempt = attempt;
        StatusCode = statusCode;
        DurationMs = durationMs;
        Error = error;
        AttemptedAt = attemptedAt;
    }

    public string Id { get; private set; }

    public string SubscriptionId { get; private set; }

    public string OutboxMessageId { get; private set; }

    public string EventId { get; private set; }

    public string EventType { get; private set; }

    public int Attempt { get; private set; }

    /// <summary>The receiver's HTTP status; null when no answer came (timeout, refused connection).</summary>
    public int? StatusCode { get; private set; }

    public int DurationMs { get; private set; }

    public string? Error { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    public bool Succeeded => StatusCode is >= 200 and < 300;
}
