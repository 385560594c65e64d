using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

/// <summary>The test API with the built-in payment provider's webhook secret configured, so tests can confirm payments
/// the way a shop's back office would: by posting signed events.</summary>
public class LifecycleApiFactory : OrdersApiFactory
{
    public const string WebhookSecret = "whsec_lifecycle_tests_0123456789";

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Payments:WebhookSecret"] = WebhookSecret;
            return settings;
        }
    }
}
