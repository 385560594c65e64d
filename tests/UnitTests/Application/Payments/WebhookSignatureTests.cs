using Ardalis.Result;
using Orders.Application.Common;
using Orders.Domain.Common;
using Orders.UnitTests.Assertions;

namespace Orders.UnitTests.Application.Payments;

public class WebhookSignatureTests
{
    private const string Secret = "whsec_test_secret_0123456789";
    private const string Body = """{"id":"evt_1","type":"payment.succeeded","data":{"intentId":"pi_1","amount":10.00}}""";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Verify_WhenSignedWithTheSecretJustNow_Succeeds() =>
        WebhookSignature.Verify(Body, WebhookSignature.Sign(Body, Secret, Now), Secret, Now).ShouldSucceed();

    [Fact]
    public void Sign_ProducesTheDocumentedScheme()
    {
        var header = WebhookSignature.Sign(Body, Secret, Now);

        header.ShouldMatch("^t=1795435200,v1=[0-9a-f]{64}$");
    }

    [Fact]
    public void Verify_WhenBodyTampered_Fails() =>
        WebhookSignature.Verify(Body.Replace("10.00", "0.01", StringComparison.Ordinal), WebhookSignature.Sign(Body, Secret, Now), Secret, Now)
            .ShouldBeInvalidFor("Orders-Signature");

    [Fact]
    public void Verify_WhenSignedWithAnotherSecret_Fails() =>
        WebhookSignature.Verify(Body, WebhookSignature.Sign(Body, "whsec_someone_else_000000", Now), Secret, Now)
            .ShouldBeInvalidFor("Orders-Signature");

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public void Verify_WhenTimestampMoreThanFiveMinutesAway_Fails(int minutes) =>
        WebhookSignature.Verify(Body, WebhookSignature.Sign(Body, Secret, Now.AddMinutes(minutes)), Secret, Now)
            .Detail().ShouldContain("5 minutes");

    [Fact]
    public void Verify_WhenTimestampFourMinutesOld_Succeeds() =>
        WebhookSignature.Verify(Body, WebhookSignature.Sign(Body, Secret, Now.AddMinutes(-4)), Secret, Now).ShouldSucceed();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=abc")]
    [InlineData("t=1795435200")]
    [InlineData("t=soon,v1=00")]
    [InlineData("t=1795435200,v1=zz")]
    [InlineData("t=99999999999999999999,v1=00")]
    public void Verify_WhenHeaderMissingOrMalformed_Fails(string? header) =>
        WebhookSignature.Verify(Body, header, Secret, Now).Status.ShouldBe(ResultStatus.Invalid);

    [Fact]
    public void Verify_WhenOneOfSeveralSignaturesMatches_Succeeds()
    {
        var valid = WebhookSignature.Sign(Body, Secret, Now);
        var header = valid.Replace("v1=", $"v1={new string('0', 64)},v1=", StringComparison.Ordinal);

        WebhookSignature.Verify(Body, header, Secret, Now).ShouldSucceed();
    }
}
