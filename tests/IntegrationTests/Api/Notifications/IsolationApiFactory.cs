using System.Globalization;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>The API with its own SMTP server, webhooks that give up after 1 s, and a circuit breaker that opens after
/// three failures and stays open longer than any test runs, so what a test sees after the opening cannot depend on
/// how fast the machine is.</summary>
public sealed class IsolationApiFactory() : OrdersApiFactory((ApiHostOptions.Notifications with { Smtp = true }).With(new Dictionary<string, string?>
{
    ["Webhooks:TimeoutSeconds"] = "1",
    ["Outbox:MaxAttempts"] = "40",
    ["Outbox:BreakerFailureThreshold"] = BreakerThreshold.ToString(CultureInfo.InvariantCulture),
    ["Outbox:BreakerOpenSeconds"] = "600",
    ["Outbox:WebhookConcurrencyPerSubscription"] = PerSubscription.ToString(CultureInfo.InvariantCulture),
}))
{
    public const int BreakerThreshold = 3;
    public const int PerSubscription = 2;
}
