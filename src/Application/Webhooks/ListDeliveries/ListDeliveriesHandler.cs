using Orders.Application.Common;
using Orders.Application.Webhooks.Specifications;
using Orders.Domain.Common;

namespace Orders.Application.Webhooks.ListDeliveries;

public sealed class ListDeliveriesHandler(IWebhookStore store)
{
    public async Task<Result<PagedList<WebhookDeliveryDto>>> HandleAsync(ListDeliveriesQuery query, CancellationToken ct)
    {
        var page = PageRequest.Create(query.Page, query.Limit);
        if (!page.IsSuccess) return page.Failed();
        if (await store.FindAsync(query.SubscriptionId, ct) is null) return WebhookErrors.NotFound(query.SubscriptionId);
        return await store.DeliveriesAsync(new DeliveryListSpec(query.SubscriptionId, page.Value), ct);
    }
}
