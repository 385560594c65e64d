using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Platform;

public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Shop:TimeZone", "Mars/Olympus_Mons")]
    [InlineData("Shop:Currency", "dollars")]
    [InlineData("Shop:TaxRatePercent", "-3")]
    [InlineData("Shop:Language", "fr")]
    [InlineData("Webhooks:TimeoutSeconds", "0")]
    public void Start_WhenASettingIsUnusable_RefusesToStartNamingTheKey(string key, string value)
    {
        using var factory = OrdersApiFactory.Create(ApiHostOptions.Default.With(key, value));

        var error = Should.Throw<Exception>(() => factory.CreateClient());

        string.Join("\n", Chain(error).Select(e => e.Message)).ShouldContain(key);
    }

    [Theory]
    [InlineData("Stripe:SecretKey")]
    [InlineData("Stripe:WebhookSecret")]
    public void Start_WithStripeButAKeyMissing_RefusesToStartNamingTheKey_AndNeverTheOtherKeysValue(string missing)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Payments:Provider"] = "stripe", ["Stripe:SecretKey"] = "sk_test_never_logged", ["Stripe:WebhookSecret"] = "whsec_never_logged",
        };
        settings.Remove(missing);
        using var factory = OrdersApiFactory.Create(ApiHostOptions.Default.With(settings));

        var error = Should.Throw<Exception>(() => factory.CreateClient());

        var messages = string.Join("\n", Chain(error).Select(e => e.Message));
        messages.ShouldContain(missing);
        messages.ShouldNotContain("never_logged");
    }

    [Fact]
    public void Start_WithAnUnknownPaymentProvider_RefusesToStartNamingTheKey()
    {
        using var factory = OrdersApiFactory.Create(ApiHostOptions.Default.With("Payments:Provider", "paypal"));

        string.Join("\n", Chain(Should.Throw<Exception>(() => factory.CreateClient())).Select(e => e.Message)).ShouldContain("Payments:Provider");
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException) yield return error;
    }
}
