using Mapster;

namespace Orders.Application.Webhooks;

/// <summary>The secret is never mapped: only the answer to a subscription's creation shows it.</summary>
public sealed class WebhookMappings : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<WebhookSubscription, WebhookSubscriptionDto>().Ignore(d => d.Secret);
}
