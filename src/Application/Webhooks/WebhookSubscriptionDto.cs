namespace Orders.Application.Webhooks;

/// <summary>A subscription as admins see it; <see cref="Secret"/> is shown once, in the answer to its creation.</summary>
public sealed record WebhookSubscriptionDto
{
    public string Id { get; init; } = "";
    public string Url { get; init; } = "";
    public IReadOnlyList<string> Events { get; init; } = [];
    public bool Active { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? Secret { get; init; }
}
