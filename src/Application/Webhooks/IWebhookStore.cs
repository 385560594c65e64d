using Orders.Application.Common;

namespace Orders.Application.Webhooks;

public interface IWebhookStore
{
    Task<WebhookSubscription?> FindAsync(string id, CancellationToken ct);

    Task<PagedList<WebhookSubscription>> ListAsync(PageRequest page, CancellationToken ct);

    void Add(WebhookSubscription subscription);

    void Remove(WebhookSubscription subscription);

    /// <summary>Attempts for one subscription, newest first, with when a failing event will be tried again.</summary>
    Task<PagedList<WebhookDeliveryDto>> DeliveriesAsync(string subscriptionId, PageRequest page, CancellationToken ct);
}
