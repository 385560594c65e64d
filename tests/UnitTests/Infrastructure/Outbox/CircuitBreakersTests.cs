using Microsoft.Extensions.Time.Testing;
using Orders.Infrastructure.Outbox;

namespace Orders.UnitTests.Infrastructure.Outbox;

public sealed class CircuitBreakersTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
    private readonly CircuitBreakers _breakers;

    public CircuitBreakersTests() => _breakers = new CircuitBreakers(new OutboxOptions { BreakerFailureThreshold = 3, BreakerOpenSeconds = 60 }, _clock);

    [Fact]
    public void RecordFailure_ThresholdTimesInARow_OpensForTheCoolDown()
    {
        _breakers.RecordFailure("s1").ShouldBeNull();
        _breakers.RecordFailure("s1").ShouldBeNull();

        _breakers.RecordFailure("s1").ShouldBe(_clock.GetUtcNow().AddSeconds(60));

        _breakers.StateOf("s1").ShouldBe("open");
        _breakers.TryAdmit("s1").ShouldBeFalse();
        _breakers.Blocked().ShouldBe(["s1"]);
        _breakers.TryAdmit("s2").ShouldBeTrue();
    }

    [Fact]
    public void RecordSuccess_BeforeTheThreshold_StartsTheCountAgain()
    {
        _breakers.RecordFailure("s1");
        _breakers.RecordFailure("s1");
        _breakers.RecordSuccess("s1");

        _breakers.RecordFailure("s1").ShouldBeNull();
        _breakers.RecordFailure("s1").ShouldBeNull();
        _breakers.StateOf("s1").ShouldBe("closed");
    }

    [Fact]
    public void AfterTheCoolDown_OneTrialIsAdmitted_AndItsFailureOpensTheBreakerAgain()
    {
        Open("s1");
        _clock.Advance(TimeSpan.FromSeconds(60));

        _breakers.StateOf("s1").ShouldBe("half_open");
        _breakers.TryAdmit("s1").ShouldBeTrue();
        _breakers.TryAdmit("s1").ShouldBeFalse();
        _breakers.Blocked().ShouldBe(["s1"]);

        _breakers.RecordFailure("s1").ShouldBe(_clock.GetUtcNow().AddSeconds(60));
        _breakers.StateOf("s1").ShouldBe("open");
        _breakers.TryAdmit("s1").ShouldBeFalse();
    }

    [Fact]
    public void AfterTheCoolDown_ASuccessfulTrialClosesTheBreaker()
    {
        Open("s1");
        _clock.Advance(TimeSpan.FromSeconds(61));
        _breakers.TryAdmit("s1").ShouldBeTrue();

        _breakers.RecordSuccess("s1");

        _breakers.StateOf("s1").ShouldBe("closed");
        _breakers.TryAdmit("s1").ShouldBeTrue();
        _breakers.TryAdmit("s1").ShouldBeTrue();
        _breakers.Blocked().ShouldBeEmpty();
    }

    [Fact]
    public void Settle_ATrialThatEndedWithoutAVerdict_AdmitsTheNextTrial()
    {
        Open("s1");
        _clock.Advance(TimeSpan.FromSeconds(61));
        _breakers.TryAdmit("s1").ShouldBeTrue();

        _breakers.Settle("s1");

        _breakers.TryAdmit("s1").ShouldBeTrue();
    }

    private void Open(string target)
    {
        for (var i = 0; i < 3; i++) _breakers.RecordFailure(target);
    }
}
