using Orders.Application.Common;
using Orders.Application.Webhooks.Specifications;
using Orders.Domain.Common;

namespace Orders.Application.Webhooks.ListSubscriptions;

public sealed class ListSubscriptionsHandler(IReadRepository<WebhookSubscription> subscriptions)
{
    public async Task<Result<PagedList<WebhookSubscriptionDto>>> HandleAsync(ListSubscriptionsQuery query, CancellationToken ct)
    {
        var page = PageRequest.Create(query.Page, query.Limit);
        if (!page.IsSuccess) return page.Failed();
        return await subscriptions.PageAsync<WebhookSubscriptionDto>(new SubscriptionListSpec(page.Value), ct);
    }
}
