namespace Orders.Infrastructure.Outbox;

/// <summary>The <c>Outbox</c> section of configuration, checked at start-up by <see cref="Problems"/>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Run the dispatcher in this process (turn off for a host that only takes requests).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    public int PollIntervalMilliseconds { get; set; } = 500;

    /// <summary>How many due messages one look at the table considers.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>How long after it was written a message keeps being retried: long enough for a mail server, a webhook
    /// receiver or the payment provider to come back from a day-long outage. See <see cref="RetrySchedule"/>.</summary>
    public double RetryForHours { get; set; } = 72;

    /// <summary>An extra bound: after this many failed attempts a message is parked as dead even inside
    /// <see cref="RetryForHours"/>. None by default, so time alone decides; tests set it to make messages die quickly.</summary>
    public int? MaxAttempts { get; set; }

    /// <summary>The first retry waits about this long; each further one twice as long, up to <see cref="MaxDelaySeconds"/>.</summary>
    public double BaseDelaySeconds { get; set; } = 2;

    /// <summary>The longest wait between two attempts, jitter included.</summary>
    public double MaxDelaySeconds { get; set; } = 3600;

    /// <summary>How long a claim holds without renewal: a dispatcher that dies gives its messages up after this.</summary>
    public int LeaseSeconds { get; set; } = 20;

    /// <summary>While a send runs its claim is extended to <see cref="LeaseSeconds"/> from now this often.</summary>
    public int HeartbeatSeconds { get; set; } = 5;

    /// <summary>Emails sent at once by one process; their own lane, so webhooks never hold them up.</summary>
    public int EmailConcurrency { get; set; } = 4;

    /// <summary>Webhook deliveries in flight at once in one process, across all subscriptions.</summary>
    public int WebhookConcurrency { get; set; } = 16;

    /// <summary>Deliveries in flight at once to one subscription in one process, so a slow receiver takes only its share.</summary>
    public int WebhookConcurrencyPerSubscription { get; set; } = 2;

    /// <summary>Consecutive failed deliveries to one subscription that open its circuit breaker.</summary>
    public int BreakerFailureThreshold { get; set; } = 5;

    /// <summary>How long an open breaker pauses a subscription before one trial delivery is let through.</summary>
    public int BreakerOpenSeconds { get; set; } = 60;

    /// <summary>Sent messages and webhook delivery logs are deleted after this many days.</summary>
    public int KeepSentDays { get; set; } = 7;

    /// <summary>Dead messages are deleted this many days after they died (time enough for an admin to retry them).</summary>
    public int KeepDeadDays { get; set; } = 30;

    /// <summary>What is wrong with these settings, each naming its key; none when they are usable.</summary>
    public IEnumerable<string> Problems()
    {
        if (PollIntervalMilliseconds is < 10 or > 60_000) yield return "Outbox:PollIntervalMilliseconds must be 10 to 60000.";
        if (BatchSize is < 1 or > 1000) yield return "Outbox:BatchSize must be 1 to 1000.";
        if (RetryForHours is not (> 0 and <= 24 * 365)) yield return "Outbox:RetryForHours must be more than 0 and at most 8760 (a year).";
        if (MaxAttempts is < 1) yield return "Outbox:MaxAttempts must be at least 1 when set.";
        if (BaseDelaySeconds <= 0 || MaxDelaySeconds < BaseDelaySeconds)
            yield return "Outbox:BaseDelaySeconds must be positive and at most MaxDelaySeconds.";
        if (HeartbeatSeconds < 1) yield return "Outbox:HeartbeatSeconds must be at least 1.";
        // Two heartbeats may fail before a running send loses its claim.
        if (LeaseSeconds < 3 * HeartbeatSeconds) yield return "Outbox:LeaseSeconds must be at least three times HeartbeatSeconds.";
        if (EmailConcurrency is < 1 or > 64) yield return "Outbox:EmailConcurrency must be 1 to 64.";
        if (WebhookConcurrency is < 1 or > 256) yield return "Outbox:WebhookConcurrency must be 1 to 256.";
        if (WebhookConcurrencyPerSubscription < 1 || WebhookConcurrencyPerSubscription > WebhookConcurrency)
            yield return "Outbox:WebhookConcurrencyPerSubscription must be 1 to WebhookConcurrency.";
        if (BreakerFailureThreshold < 1) yield return "Outbox:BreakerFailureThreshold must be at least 1.";
        if (BreakerOpenSeconds < 1) yield return "Outbox:BreakerOpenSeconds must be at least 1.";
        if (KeepSentDays < 1) yield return "Outbox:KeepSentDays must be at least 1.";
        if (KeepDeadDays < 1) yield return "Outbox:KeepDeadDays must be at least 1.";
    }
}
