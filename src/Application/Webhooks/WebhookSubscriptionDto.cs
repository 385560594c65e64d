namespace Orders.Application.Webhooks;

/// <summary>A subscription as admins see it; <see cref="Secret"/> is shown once, in the answer to its creation.</summary>
public sealed record WebhookSubscriptionDto(string Id, string Url, IReadOnlyList<string> Events, bool Active, DateTimeOffset CreatedAt, string? Secret)
{
    public static WebhookSubscriptionDto From(WebhookSubscription s, bool withSecret = false) =>
        new(s.Id, s.Url, s.Events, s.Active, s.CreatedAt, withSecret ? s.Secret : null);
}
