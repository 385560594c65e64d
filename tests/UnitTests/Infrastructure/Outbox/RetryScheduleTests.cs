using Orders.Infrastructure.Outbox;

namespace Orders.UnitTests.Infrastructure.Outbox;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly OutboxOptions Defaults = new();

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(5, 32)]
    [InlineData(11, 2048)]
    [InlineData(12, 3600)]
    [InlineData(500, 3600)]
    public void Delay_WithoutJitter_DoublesFromTheBaseUpToTheCap(int attempt, double seconds) =>
        RetrySchedule.Delay(Defaults, attempt, jitter: 0.5).ShouldBe(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void Delay_JitterSpreadsHalfEitherWay_ButNeverPastTheCap()
    {
        RetrySchedule.Delay(Defaults, 3, jitter: 0).ShouldBe(TimeSpan.FromSeconds(4));
        RetrySchedule.Delay(Defaults, 3, jitter: 0.999).ShouldBe(TimeSpan.FromSeconds(8 * 1.499), TimeSpan.FromMilliseconds(1));
        RetrySchedule.Delay(Defaults, 11, jitter: 0.999).ShouldBe(TimeSpan.FromSeconds(2048 * 1.499), TimeSpan.FromMilliseconds(1));
        RetrySchedule.Delay(Defaults, 12, jitter: 0.999).ShouldBe(TimeSpan.FromHours(1));
        RetrySchedule.Delay(Defaults, 40, jitter: 0).ShouldBe(TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void NextAttempt_ByDefault_KeepsAMessageGoingForAtLeast72Hours_AndThenParksIt()
    {
        var now = Created;
        var attempts = 0;
        var jitters = new Random(20);
        DateTimeOffset? next = now;
        DateTimeOffset last = now;
        while (next is { } at)
        {
            (at - last).ShouldBeLessThanOrEqualTo(TimeSpan.FromHours(1));
            last = now = at;
            attempts++;
            next = RetrySchedule.NextAttempt(Defaults, Created, attempts, now, jitters.NextDouble());
        }

        last.ShouldBeGreaterThanOrEqualTo(Created.AddHours(72));
        last.ShouldBe(Created.AddHours(72), "the wait that would have run past the window is cut short to its end");
        attempts.ShouldBeGreaterThan(8, "the old default gave up after 8 attempts, about four minutes");
    }

    [Fact]
    public void NextAttempt_AWaitThatWouldRunPastTheWindow_EndsAtItsEnd()
    {
        var options = new OutboxOptions { RetryForHours = 1 };

        RetrySchedule.NextAttempt(options, Created, 20, Created.AddMinutes(50), jitter: 0.5).ShouldBe(Created.AddHours(1));
    }

    [Fact]
    public void NextAttempt_AFailureAtOrPastTheEndOfTheWindow_IsTheLast()
    {
        RetrySchedule.NextAttempt(Defaults, Created, 80, Created.AddHours(72), jitter: 0.5).ShouldBeNull();
        RetrySchedule.NextAttempt(Defaults, Created, 1, Created.AddHours(100), jitter: 0.5).ShouldBeNull();
    }

    [Fact]
    public void NextAttempt_MaxAttempts_WhenSet_ParksTheMessageEarlier()
    {
        var options = new OutboxOptions { MaxAttempts = 3 };

        RetrySchedule.NextAttempt(options, Created, 2, Created.AddSeconds(6), jitter: 0.5).ShouldBe(Created.AddSeconds(10));
        RetrySchedule.NextAttempt(options, Created, 3, Created.AddSeconds(10), jitter: 0.5).ShouldBeNull();
    }

    [Fact]
    public void Defaults_HaveNoAttemptBound_AndA72HourWindow()
    {
        Defaults.MaxAttempts.ShouldBeNull();
        Defaults.RetryForHours.ShouldBe(72);
        (Defaults.BaseDelaySeconds, Defaults.MaxDelaySeconds).ShouldBe((2, 3600));
    }
}
