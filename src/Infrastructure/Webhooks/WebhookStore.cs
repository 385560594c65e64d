using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Application.Outbox;
using Orders.Application.Webhooks;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;
using Orders.Infrastructure.Persistence.Specifications;

namespace Orders.Infrastructure.Webhooks;

internal sealed class WebhookStore(OrdersDbContext db) : IWebhookStore
{
    public Task<WebhookSubscription?> FindAsync(string id, CancellationToken ct) => db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);

    public void Add(WebhookSubscription subscription) => db.WebhookSubscriptions.Add(subscription);

    public void Remove(WebhookSubscription subscription) => db.WebhookSubscriptions.Remove(subscription);

    public async Task<PagedList<WebhookDeliveryDto>> DeliveriesAsync(ISpecification<WebhookDelivery> spec, CancellationToken ct)
    {
        var (items, total) = await EfPaging.PageAsync(db, db.WebhookDeliveries, spec, page => page
            .Select(d => new
            {
                Delivery = d,
                NextRetryAt = db.OutboxMessages
                    .Where(m => m.Id == d.OutboxMessageId && m.Status == OutboxStatus.Pending && m.Attempts == d.Attempt)
                    .Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefault(),
            }), ct);
        return PagedList<WebhookDeliveryDto>.Of(
            [.. items.Select(i => new WebhookDeliveryDto(i.Delivery.Id, i.Delivery.EventId, i.Delivery.EventType, i.Delivery.Attempt,
                i.Delivery.StatusCode, i.Delivery.DurationMs, i.Delivery.Error, i.Delivery.Succeeded, i.Delivery.AttemptedAt, i.NextRetryAt))],
            spec.Skip, spec.Take, total);
    }
}
