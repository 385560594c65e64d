using Microsoft.Extensions.Time.Testing;

namespace Orders.IntegrationTests.Outbox;

/// <summary>Fake time that counts the timers created on it, so a test can wait until a heartbeat loop has armed its
/// next delay before moving the clock again (otherwise the move could come first and the delay never fire).</summary>
public sealed class CountingTimeProvider(FakeTimeProvider fake) : TimeProvider
{
    private int _timers;

    public int TimersCreated => Volatile.Read(ref _timers);

    public void Advance(TimeSpan by) => fake.Advance(by);

    public override DateTimeOffset GetUtcNow() => fake.GetUtcNow();

    public override long GetTimestamp() => fake.GetTimestamp();

    public override long TimestampFrequency => fake.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => fake.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _timers);
        return fake.CreateTimer(callback, state, dueTime, period);
    }
}
