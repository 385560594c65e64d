using Orders.Application.Common;

namespace Orders.Application.Webhooks.Specifications;

/// <summary>One subscription's attempts, newest first.</summary>
public sealed class DeliveryListSpec : PagedSpecification<WebhookDelivery>
{
    public DeliveryListSpec(string subscriptionId, PageRequest page) : base(page) =>
        Query.AsNoTracking().Where(d => d.SubscriptionId == subscriptionId)
            .OrderByDescending(d => d.AttemptedAt).ThenByDescending(d => d.Attempt);
}
