namespace Orders.Infrastructure.Outbox;

/// <summary>When a message that failed is tried again, or that it is dead. The waits grow exponentially (about
/// <see cref="OutboxOptions.BaseDelaySeconds"/>·2^(n−1) after the n-th failure, ±50% jitter so that the retries of
/// many messages spread out) and never exceed <see cref="OutboxOptions.MaxDelaySeconds"/>. A message is tried until
/// <see cref="OutboxOptions.RetryForHours"/> after it was written: a wait that would end past that point is cut short
/// to end at it, so the last attempt happens no earlier than the end of the window, and only a failure there (or
/// later) parks the message as dead. So an outage shorter than the window loses nothing, however it falls.</summary>
/// <remarks>The window runs from the message's creation. A dead message an admin re-queues after its window gets one
/// attempt per re-queue: the admin retries it because the far end is back.</remarks>
public static class RetrySchedule
{
    /// <summary>The wait after the <paramref name="attempt"/>-th failure; <paramref name="jitter"/> is a random number
    /// in [0, 1).</summary>
    public static TimeSpan Delay(OutboxOptions options, int attempt, double jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        var doubled = Math.Min(options.MaxDelaySeconds, options.BaseDelaySeconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30)));
        return TimeSpan.FromSeconds(Math.Min(options.MaxDelaySeconds, doubled * (0.5 + jitter)));
    }

    /// <summary>When to try a message again after its <paramref name="attempts"/>-th attempt failed at
    /// <paramref name="now"/>; null when it is dead.</summary>
    public static DateTimeOffset? NextAttempt(OutboxOptions options, DateTimeOffset createdAt, int attempts, DateTimeOffset now, double jitter)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.MaxAttempts is { } max && attempts >= max) return null;
        var giveUpAt = GiveUpAt(options, createdAt);
        if (now >= giveUpAt) return null;
        var next = now + Delay(options, attempts, jitter);
        return next < giveUpAt ? next : giveUpAt;
    }

    /// <summary>The end of a message's window: an attempt failing at or after it is the last.</summary>
    public static DateTimeOffset GiveUpAt(OutboxOptions options, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(options);
        return createdAt + TimeSpan.FromHours(options.RetryForHours);
    }
}
