namespace Orders.Application.Webhooks.CreateSubscription;

/// <summary>Without a secret one is generated.</summary>
public sealed record CreateSubscriptionCommand(string? Url, IReadOnlyList<string?>? Events, string? Secret);
