namespace Orders.Application.Outbox;

/// <summary>A notification waiting to be sent, sent, or parked as dead after its last attempt.</summary>
public sealed record OutboxMessageDto(
    string Id, string Kind, string EventId, string EventType, string? OrderId, string? Target, string Status, int Attempts,
    DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
