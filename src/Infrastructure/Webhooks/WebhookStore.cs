using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Application.Webhooks;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Webhooks;

internal sealed class WebhookStore(OrdersDbContext db) : IWebhookStore
{
    public Task<WebhookSubscription?> FindAsync(string id, CancellationToken ct) => db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);

    public async Task<PagedList<WebhookSubscription>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var total = await db.WebhookSubscriptions.CountAsync(ct);
        var items = await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Skip(page.Skip).Take(page.Limit).ToListAsync(ct);
        return new PagedList<WebhookSubscription>(items, page.Page, page.Limit, total);
    }

    public void Add(WebhookSubscription subscription) => db.WebhookSubscriptions.Add(subscription);

    public void Remove(WebhookSubscription subscription) => db.WebhookSubscriptions.Remove(subscription);

    public async Task<PagedList<WebhookDeliveryDto>> DeliveriesAsync(string subscriptionId, PageRequest page, CancellationToken ct)
    {
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId);
        var total = await deliveries.CountAsync(ct);
        var items = await deliveries
            .OrderByDescending(d => d.AttemptedAt).ThenByDescending(d => d.Attempt)
            .Skip(page.Skip).Take(page.Limit)
            .Select(d => new
            {
                Delivery = d,
                NextRetryAt = db.OutboxMessages
                    .Where(m => m.Id == d.OutboxMessageId && m.Status == OutboxStatus.Pending && m.Attempts == d.Attempt)
                    .Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new PagedList<WebhookDeliveryDto>(
            [.. items.Select(i => new WebhookDeliveryDto(i.Delivery.Id, i.Delivery.EventId, i.Delivery.EventType, i.Delivery.Attempt,
                i.Delivery.StatusCode, i.Delivery.DurationMs, i.Delivery.Error, i.Delivery.Succeeded, i.Delivery.AttemptedAt, i.NextRetryAt))],
            page.Page, page.Limit, total);
    }
}
