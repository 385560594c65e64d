using Orders.IntegrationTests.Api.Notifications;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Crash;

/// <summary>The API with its own SMTP server and a fast outbox that keeps retrying (with backoff capped at half a second)
/// far longer than a test keeps its receivers down, so every message is still pending when they come back.</summary>
public sealed class ReceiversDownApiFactory : NotificationsApiFactory
{
    public SmtpServer Smtp { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            Smtp.Configure(settings);
            settings["Outbox:MaxAttempts"] = "1000";
            // The breaker would pause the dead receiver's subscription (it has its own test); here every message must keep trying.
            settings["Outbox:BreakerFailureThreshold"] = "1000";
            return settings;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Smtp.Dispose();
    }
}
