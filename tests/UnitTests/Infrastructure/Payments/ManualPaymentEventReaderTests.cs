using System.Text.Json;
using Orders.Application.Common;
using Orders.Application.Payments;
using Orders.Infrastructure.Payments;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Infrastructure.Payments;

/// <summary>The manual provider's events as they arrive: signed with <c>Orders-Signature</c>, JSON, amounts in major
/// units. The reader verifies and reads them into this service's terms; applying them is the applier's business.</summary>
public class ManualPaymentEventReaderTests
{
    private const string Secret = "whsec_unit_tests";
    private readonly FixedTimeProvider _clock = new(OrderBuilder.PlacedAt);

    private Result<ProviderPaymentEvent> Read(string payload, string? secret = null, string? configured = Secret) =>
        new ManualPaymentEventReader(new PaymentOptions { WebhookSecret = configured ?? "" }, _clock)
            .Read(payload, WebhookSignature.Sign(payload, secret ?? Secret, _clock.Now));

    private string Event(string type, decimal? amount = 10m, string id = "evt_1", string? intentId = OrderBuilder.IntentId) =>
        JsonSerializer.Serialize(new
        {
            id, type, created = _clock.Now.ToUnixTimeSeconds(),
            data = new { intentId, transactionId = "txn_1", amount, currency = "USD", failureReason = "declined" },
        });

    [Fact]
    public void Read_WhenSucceededInMajorUnits_ReadsMinorUnits()
    {
        var evt = Read(Event("payment.succeeded", 12.34m)).Value;

        evt.ShouldBe(new ProviderPaymentEvent("evt_1", "payment.succeeded", PaymentEventKind.Succeeded, OrderBuilder.IntentId, "txn_1",
            1234, "USD", "declined"));
    }

    [Theory]
    [InlineData("payment.failed", PaymentEventKind.Failed)]
    [InlineData("refund.succeeded", PaymentEventKind.RefundSucceeded)]
    public void Read_WhenKnownType_ReadsItsKind(string type, PaymentEventKind kind) => Read(Event(type)).Value.Kind.ShouldBe(kind);

    [Fact]
    public void Read_WhenAmountHasMoreThanTwoDecimals_ReadsAnAmountNoOrderHas() =>
        Read(Event("payment.succeeded", 10.001m)).Value.Amount.ShouldBe(-1);

    [Fact]
    public void Read_WhenNoAmount_ReadsNone() => Read(Event("payment.failed", amount: null)).Value.Amount.ShouldBeNull();

    [Fact]
    public void Read_WhenSignedWithAnotherSecret_IsInvalidSignature() =>
        Read(Event("payment.succeeded"), secret: "whsec_other").ShouldFailWith("signature.invalid", ResultStatus.Invalid)
            .Message.ShouldBe("The signature does not match the body; check the webhook secret.");

    [Fact]
    public void Read_WhenNoSecretIsConfigured_IsNotConfigured() =>
        Read(Event("payment.succeeded"), configured: null).ShouldFailWith("payments.not_configured", ResultStatus.Invalid)
            .Message.ShouldBe("Payments:WebhookSecret is not configured, so no event can be verified.");

    [Fact]
    public void Read_WhenTypeIsUnknown_IsInvalidForType() =>
        Read(Event("payment.teleported")).ShouldBeInvalidFor("type").Fields["type"]
            .ShouldBe(["Unknown event type payment.teleported; expected payment.succeeded, payment.failed or refund.succeeded."]);

    [Fact]
    public void Read_WhenBodyIsNotJson_IsAnInvalidEvent() =>
        Read("{not json").ShouldFailWith("payment.invalid_event", ResultStatus.Invalid).Fields.Keys.ShouldBe(["$"]);

    [Fact]
    public void Read_WhenIntentIsMissing_NamesTheField()
    {
        var seen = Read(Event("payment.succeeded", intentId: null)).ShouldFailWith("payment.invalid_event", ResultStatus.Invalid);

        seen.Message.ShouldBe("The payment event is not valid; see errors.");
        seen.Fields.Keys.ShouldBe(["data.intentId"]);
    }
}
