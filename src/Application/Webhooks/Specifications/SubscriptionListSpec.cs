using Orders.Application.Common;

namespace Orders.Application.Webhooks.Specifications;

public sealed class SubscriptionListSpec : PagedSpecification<WebhookSubscription>
{
    public SubscriptionListSpec(PageRequest page) : base(page) =>
        Query.AsNoTracking().OrderBy(s => s.CreatedAt).ThenBy(s => s.Id);
}
