namespace Orders.WebApi.Contracts.Webhooks;

public sealed record WebhookDeliveryResponse(
    string Id, string EventId, string EventType, int Attempt, int? StatusCode, int DurationMs, string? Error, bool Succeeded,
    DateTimeOffset AttemptedAt, DateTimeOffset? NextRetryAt);
