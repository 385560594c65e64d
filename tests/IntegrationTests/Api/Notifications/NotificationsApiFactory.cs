using Orders.IntegrationTests.Api.Lifecycle;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>The API with a fast outbox (short polls and backoff, three attempts) and webhooks allowed to reach the
/// loopback receiver the tests start; payments can be confirmed as in the lifecycle tests.</summary>
public class NotificationsApiFactory : LifecycleApiFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Webhooks:AllowPrivateTargets"] = "true";
            settings["Outbox:PollIntervalMilliseconds"] = "50";
            settings["Outbox:BaseDelaySeconds"] = "0.05";
            settings["Outbox:MaxDelaySeconds"] = "0.5";
            settings["Outbox:MaxAttempts"] = "3";
            return settings;
        }
    }
}
