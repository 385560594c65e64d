namespace Orders.Application.Webhooks;

public sealed record WebhookDeliveryDto(
    string Id, string EventId, string EventType, int Attempt, int? StatusCode, int DurationMs, string? Error, bool Succeeded,
    DateTimeOffset AttemptedAt, DateTimeOffset? NextRetryAt);
