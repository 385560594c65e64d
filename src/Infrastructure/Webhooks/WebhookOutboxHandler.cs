using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Orders.Application.Common;
using Orders.Application.Outbox;
using Orders.Application.Webhooks;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Webhooks;

/// <summary>Delivers one outbox message to its subscription and logs the attempt; a non-2xx answer or no answer throws,
/// so the outbox retries with backoff. Each outcome feeds the subscription's circuit breaker; the attempt that opens it
/// says so in its log entry, which is where an admin sees it.</summary>
internal sealed partial class WebhookOutboxHandler(
    OrdersDbContext db, WebhookSender sender, CircuitBreakers breakers, IIdGenerator ids, IWriteGate gate, TimeProvider clock,
    OutboxOptions options, ILogger<WebhookOutboxHandler> logger)
    : IOutboxHandler
{
    public string Kind => OutboxKinds.Webhook;

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var subscription = await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == message.Target, ct);
        if (subscription is not { Active: true })
        {
            LogDropped(logger, message.Id, message.Target);
            return;
        }

        var now = clock.GetUtcNow();
        var (status, duration, error) = await sender.SendAsync(subscription.Url, message.Payload, subscription.Secret, now, ct);
        var succeeded = status is >= 200 and < 300;
        error ??= succeeded ? null : $"HTTP {status}";
        if (succeeded) breakers.RecordSuccess(subscription.Id);
        else if (breakers.RecordFailure(subscription.Id) is { } openUntil)
        {
            error = $"{error} Then circuit open until {openUntil.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} after {options.BreakerFailureThreshold} or more " +
                "failures in a row: deliveries to this subscription are paused, then one trial is sent.";
            LogOpened(logger, subscription.Id, openUntil);
        }

        // The log is shown to admins and kept for days; whatever a receiver or a network error quoted, no customer address stays in it.
        if (error is not null) error = EmailRedaction.Redact(error);
        var delivery = new WebhookDelivery(ids.NewId(), subscription.Id, message.Id, message.EventId, message.EventType, message.Attempts + 1,
            status, (int)duration.TotalMilliseconds, error is { Length: > 2000 } ? error[..2000] : error, now);
        db.WebhookDeliveries.Add(delivery);
        using (await gate.EnterAsync(ct)) await db.SaveChangesAsync(ct);

        if (!delivery.Succeeded) throw new WebhookDeliveryException(delivery.Error!);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook subscription {SubscriptionId} keeps failing; its circuit is open until {Until}")]
    private static partial void LogOpened(ILogger logger, string subscriptionId, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id}: subscription {SubscriptionId} is gone or inactive; dropped")]
    private static partial void LogDropped(ILogger logger, string id, string? subscriptionId);
}
