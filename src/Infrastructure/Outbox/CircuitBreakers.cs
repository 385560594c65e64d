namespace Orders.Infrastructure.Outbox;

/// <summary>One circuit breaker per target (a webhook subscription), in this process. Closed: deliveries flow.
/// After <see cref="OutboxOptions.BreakerFailureThreshold"/> consecutive failures it opens for
/// <see cref="OutboxOptions.BreakerOpenSeconds"/>, and the target's messages stay unclaimed (their attempts are not
/// used up). Then it is half-open: one trial goes; success closes it, failure opens it again.
/// Not Polly's circuit breaker (Polly.Core 8.9.1): it counts a failure ratio over a sampling window (at least two calls,
/// at most a day) rather than failures in a row, admits and judges a call inside one execution whereas here the lane
/// admits before it claims and the handler's verdict goes into that attempt's delivery log, and it has no trial without
/// a verdict (<see cref="Settle"/>): a dropped or canceled trial would close the circuit.</summary>
public sealed class CircuitBreakers(OutboxOptions options, TimeProvider clock)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Breaker> _breakers = [];

    /// <summary>Targets nothing may be sent to now: open, or half-open with its trial under way.</summary>
    public IReadOnlyList<string> Blocked()
    {
        var now = clock.GetUtcNow();
        lock (_lock) return [.. _breakers.Where(b => b.Value.OpenUntil is { } until && (now < until || b.Value.Trial)).Select(b => b.Key)];
    }

    /// <summary>Whether one delivery to <paramref name="target"/> may start; a half-open breaker admits one trial.</summary>
    public bool TryAdmit(string target)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (!_breakers.TryGetValue(target, out var b) || b.OpenUntil is not { } until) return true;
            if (now < until || b.Trial) return false;
            b.Trial = true;
            return true;
        }
    }

    public void RecordSuccess(string target)
    {
        lock (_lock) _breakers.Remove(target);
    }

    /// <summary>Counts a failure; returns when the breaker opens again if this failure opened it, else null.</summary>
    public DateTimeOffset? RecordFailure(string target)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (!_breakers.TryGetValue(target, out var b)) _breakers[target] = b = new Breaker();
            b.Failures++;
            var opens = b.Trial || (b.OpenUntil is null && b.Failures >= options.BreakerFailureThreshold);
            if (!opens) return null;
            b.Trial = false;
            b.OpenUntil = now.AddSeconds(options.BreakerOpenSeconds);
            return b.OpenUntil;
        }
    }

    /// <summary>After a delivery ends, frees a trial that ended without a verdict (the message was dropped).</summary>
    public void Settle(string target)
    {
        lock (_lock)
        {
            if (_breakers.TryGetValue(target, out var b)) b.Trial = false;
        }
    }

    /// <summary>How the target's breaker stands, for logs and tests: closed, open or half_open.</summary>
    public string StateOf(string target)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (!_breakers.TryGetValue(target, out var b) || b.OpenUntil is not { } until) return "closed";
            return now < until ? "open" : "half_open";
        }
    }

    private sealed class Breaker
    {
        public int Failures { get; set; }

        public DateTimeOffset? OpenUntil { get; set; }

        public bool Trial { get; set; }
    }
}
