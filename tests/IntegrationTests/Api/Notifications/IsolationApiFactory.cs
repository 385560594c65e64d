using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>The API with its own SMTP server, webhooks that give up after 1 s, and a circuit breaker that opens after
/// three failures and stays open longer than any test runs, so what a test sees after the opening cannot depend on
/// how fast the machine is.</summary>
public sealed class IsolationApiFactory : NotificationsApiFactory
{
    public const int BreakerThreshold = 3;
    public const int PerSubscription = 2;

    public SmtpServer Smtp { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            Smtp.Configure(settings);
            settings["Webhooks:TimeoutSeconds"] = "1";
            settings["Outbox:MaxAttempts"] = "40";
            settings["Outbox:BreakerFailureThreshold"] = BreakerThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture);
            settings["Outbox:BreakerOpenSeconds"] = "600";
            settings["Outbox:WebhookConcurrencyPerSubscription"] = PerSubscription.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return settings;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Smtp.Dispose();
    }
}
