using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Crash;

/// <summary>The API with its own SMTP server and a fast outbox that keeps retrying (with backoff capped at half a second)
/// far longer than a test keeps its receivers down, so every message is still pending when they come back.</summary>
public sealed class ReceiversDownApiFactory() : OrdersApiFactory((ApiHostOptions.Notifications with { Smtp = true }).With(new Dictionary<string, string?>
{
    ["Outbox:MaxAttempts"] = "1000",
    // The breaker would pause the dead receiver's subscription (it has its own test); here every message must keep trying.
    ["Outbox:BreakerFailureThreshold"] = "1000",
}));
