namespace Orders.Infrastructure.Outbox;

/// <summary>The customer; <see cref="Email"/> only with <c>Webhooks:IncludeCustomerEmail</c>.</summary>
public sealed record WebhookUser(string Id, string? Email);
