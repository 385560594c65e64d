namespace Orders.WebApi.Contracts.Webhooks;

/// <summary><see cref="Secret"/> is shown once, in the answer to the subscription's creation.</summary>
public sealed record WebhookSubscriptionResponse(string Id, string Url, IReadOnlyList<string> Events, bool Active, DateTimeOffset CreatedAt, string? Secret);
