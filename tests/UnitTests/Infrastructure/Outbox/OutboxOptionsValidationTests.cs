using Orders.Infrastructure.Outbox;

namespace Orders.UnitTests.Infrastructure.Outbox;

public sealed class OutboxOptionsValidationTests
{
    [Fact]
    public void Validate_Defaults_Succeeds() =>
        new OutboxOptionsValidation().Validate(null, new OutboxOptions()).Succeeded.ShouldBeTrue();

    [Fact]
    public void Validate_LeaseShorterThanThreeHeartbeats_NamesTheKey()
    {
        var result = new OutboxOptionsValidation().Validate(null, new OutboxOptions { LeaseSeconds = 10, HeartbeatSeconds = 5 });

        result.Failed.ShouldBeTrue();
        result.FailureMessage!.ShouldContain("Outbox:LeaseSeconds");
    }

    [Fact]
    public void Validate_PerSubscriptionAboveTheGlobalBound_NamesTheKey() =>
        new OutboxOptionsValidation().Validate(null, new OutboxOptions { WebhookConcurrency = 4, WebhookConcurrencyPerSubscription = 5 })
            .FailureMessage!.ShouldContain("Outbox:WebhookConcurrencyPerSubscription");
}
