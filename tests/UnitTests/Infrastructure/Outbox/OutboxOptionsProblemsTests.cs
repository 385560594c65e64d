using Orders.Infrastructure.Outbox;

namespace Orders.UnitTests.Infrastructure.Outbox;

public sealed class OutboxOptionsProblemsTests
{
    [Fact]
    public void Problems_Defaults_None() =>
        new OutboxOptions().Problems().ShouldBeEmpty();

    [Fact]
    public void Problems_LeaseShorterThanThreeHeartbeats_NamesTheKey()
    {
        var problems = new OutboxOptions { LeaseSeconds = 10, HeartbeatSeconds = 5 }.Problems().ToList();

        problems.ShouldNotBeEmpty();
        string.Join("\n", problems).ShouldContain("Outbox:LeaseSeconds");
    }

    [Fact]
    public void Problems_PerSubscriptionAboveTheGlobalBound_NamesTheKey() =>
        string.Join("\n", new OutboxOptions { WebhookConcurrency = 4, WebhookConcurrencyPerSubscription = 5 }.Problems())
            .ShouldContain("Outbox:WebhookConcurrencyPerSubscription");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(10_000)]
    public void Problems_RetryWindowOutOfRange_NamesTheKey(double hours) =>
        string.Join("\n", new OutboxOptions { RetryForHours = hours }.Problems()).ShouldContain("Outbox:RetryForHours");

    [Fact]
    public void Problems_MaxAttemptsSetBelowOne_NamesTheKey() =>
        string.Join("\n", new OutboxOptions { MaxAttempts = 0 }.Problems()).ShouldContain("Outbox:MaxAttempts");
}
