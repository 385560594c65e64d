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
}
