namespace Orders.Infrastructure.Outbox;

/// <summary>What a webhook POST carries (API.md, Webhooks); receivers drop duplicates by <see cref="Id"/>.</summary>
public sealed record WebhookBody(string Id, string Event, string Timestamp, WebhookOrderData Data);
