namespace Orders.Infrastructure.Outbox;

/// <summary>The <c>Outbox</c> section of configuration.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Run the dispatcher in this process (turn off for a host that only takes requests).</summary>
    public bool DispatcherEnabled { get; set; } = true;

    public int PollIntervalMilliseconds { get; set; } = 500;

    public int BatchSize { get; set; } = 20;

    /// <summary>After this many failed attempts a message is parked as dead.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits about this long; each further one twice as long, up to <see cref="MaxDelaySeconds"/>.</summary>
    public double BaseDelaySeconds { get; set; } = 2;

    public double MaxDelaySeconds { get; set; } = 3600;

    /// <summary>How long a claimed message stays with its dispatcher; a dispatcher that dies releases it after this.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>Sent messages and webhook delivery logs are deleted after this many days.</summary>
    public int KeepSentDays { get; set; } = 7;
}
