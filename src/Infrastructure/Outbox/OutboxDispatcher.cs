using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Orders.Infrastructure.Outbox;

/// <summary>The background service that sends outbox messages, in one lane per kind so emails never wait behind
/// webhooks (a kind added later gets a lane like the emails'); any host (the API, a worker) can run it, several at once.</summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, OutboxOptions options, CircuitBreakers breakers, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        List<string> kinds;
        await using (var scope = scopes.CreateAsyncScope())
            kinds = [.. scope.ServiceProvider.GetServices<IOutboxHandler>().Select(h => h.Kind).Distinct()];

        var lanes = kinds.Select(kind => kind == OutboxKinds.Webhook
            ? new OutboxLane(kind, options.WebhookConcurrency, options.WebhookConcurrencyPerSubscription, breakers, scopes, options, logger)
            : new OutboxLane(kind, options.EmailConcurrency, int.MaxValue, null, scopes, options, logger));
        await Task.WhenAll(lanes.Select(lane => Task.Run(() => lane.RunAsync(stoppingToken), CancellationToken.None)));
    }
}
