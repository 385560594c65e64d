namespace Orders.Application.Outbox;

/// <summary>One notification (an email, or a webhook delivery to one subscription) written in the same transaction as
/// the change that caused it, and sent later by Infrastructure's dispatcher, which claims, completes and parks messages
/// in bulk updates. The one change a use case makes is <see cref="Retry"/>.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Id = Kind = EventId = EventType = Payload = null!;
    }

    public OutboxMessage(string id, string kind, string eventId, string eventType, string? orderId, string? target, string payload, DateTimeOffset now)
    {
        Id = id;
        Kind = kind;
        EventId = eventId;
        EventType = eventType;
        OrderId = orderId;
        Target = target;
        Payload = payload;
        Status = OutboxStatus.Pending;
        NextAttemptAt = now;
        CreatedAt = now;
    }

    public string Id { get; private set; }

    /// <summary>Which handler sends it: <c>email</c> or <c>webhook</c>.</summary>
    public string Kind { get; private set; }

    /// <summary>The event occurrence; every message it fanned out to shares it, and receivers dedupe by it.</summary>
    public string EventId { get; private set; }

    public string EventType { get; private set; }

    public string? OrderId { get; private set; }

    /// <summary>The email address, or the webhook subscription id.</summary>
    public string? Target { get; private set; }

    public string Payload { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>A dispatcher holds the message until then; afterwards another may take it over.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public string? LockedBy { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Puts a dead message back in the queue, attempts reset, due now. A message still pending or already sent
    /// is left as it is: retrying it could send it twice.</summary>
    public Result Retry(DateTimeOffset now)
    {
        if (Status != OutboxStatus.Dead) return OutboxErrors.NotDead(Id, Status.ToString().ToLowerInvariant());
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        return Result.Success();
    }
}
