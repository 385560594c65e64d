namespace Orders.Application.Outbox;

/// <summary>A notification waiting to be sent, sent, or parked as dead after its last attempt.</summary>
public sealed record OutboxMessageDto
{
    public string Id { get; init; } = "";
    public string Kind { get; init; } = "";
    public string EventId { get; init; } = "";
    public string EventType { get; init; } = "";
    public string? OrderId { get; init; }
    public string? Target { get; init; }
    public string Status { get; init; } = "";
    public int Attempts { get; init; }
    public DateTimeOffset NextAttemptAt { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
}
