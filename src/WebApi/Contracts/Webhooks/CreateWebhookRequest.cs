namespace Orders.WebApi.Contracts.Webhooks;

/// <summary>A new subscription; without a secret one is generated and shown once.</summary>
public sealed record CreateWebhookRequest(string? Url, IReadOnlyList<string?>? Events, string? Secret);
