namespace Orders.WebApi.Contracts.Outbox;

public sealed record OutboxMessageResponse(
    string Id, string Kind, string EventId, string EventType, string? OrderId, string? Target, string Status, int Attempts,
    DateTimeOffset NextAttemptAt, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
