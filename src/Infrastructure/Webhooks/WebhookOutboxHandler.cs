using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Orders.Application.Common;
using Orders.Application.Webhooks;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Webhooks;

/// <summary>Delivers one outbox message to its subscription and logs the attempt; a non-2xx answer or no answer throws,
/// so the outbox retries with backoff.</summary>
internal sealed partial class WebhookOutboxHandler(
    OrdersDbContext db, WebhookSender sender, IIdGenerator ids, IWriteGate gate, TimeProvider clock, ILogger<WebhookOutboxHandler> logger)
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
        var delivery = new WebhookDelivery(ids.NewId(), subscription.Id, message.Id, message.EventId, message.EventType, message.Attempts + 1,
            status, (int)duration.TotalMilliseconds, error ?? (status is >= 200 and < 300 ? null : $"HTTP {status}"), now);
        db.WebhookDeliveries.Add(delivery);
        using (await gate.EnterAsync(ct)) await db.SaveChangesAsync(ct);

        if (!delivery.Succeeded) throw new WebhookDeliveryException(delivery.Error!);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Id}: subscription {SubscriptionId} is gone or inactive; dropped")]
    private static partial void LogDropped(ILogger logger, string id, string? subscriptionId);
}
