using Orders.Application.Common;

namespace Orders.Application.Webhooks;

public interface IWebhookStore
{
    Task<WebhookSubscription?> FindAsync(string id, CancellationToken ct);

    void Add(WebhookSubscription subscription);

    void Remove(WebhookSubscription subscription);

    /// <summary>The attempts the specification selects, with when a failing event will be tried again.</summary>
    Task<PagedList<WebhookDeliveryDto>> DeliveriesAsync(ISpecification<WebhookDelivery> spec, CancellationToken ct);
}
