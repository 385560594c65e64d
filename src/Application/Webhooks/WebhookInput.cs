namespace Orders.Application.Webhooks;

/// <summary>A new subscription; without a secret one is generated.</summary>
public sealed record WebhookInput(string? Url, IReadOnlyList<string?>? Events, string? Secret);
