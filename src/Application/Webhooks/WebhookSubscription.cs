namespace Orders.Application.Webhooks;

/// <summary>Another system's endpoint that receives the listed order events, signed with its own secret.</summary>
public sealed class WebhookSubscription
{
    public const int MaxUrlLength = 2000;

    private WebhookSubscription()
    {
        Id = Url = Secret = null!;
        Events = [];
    }

    public WebhookSubscription(string id, string url, IReadOnlyList<string> events, string secret, DateTimeOffset createdAt)
    {
        Id = id;
        Url = url;
        Events = events;
        Secret = secret;
        Active = true;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; }

    public string Url { get; private set; }

    public IReadOnlyList<string> Events { get; private set; }

    public string Secret { get; private set; }

    public bool Active { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool Wants(string eventType) => Active && Events.Contains(eventType);
}
