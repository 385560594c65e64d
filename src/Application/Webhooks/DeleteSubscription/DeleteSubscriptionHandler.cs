using Orders.Application.Common;

namespace Orders.Application.Webhooks.DeleteSubscription;

public sealed class DeleteSubscriptionHandler(IWebhookStore store, IUnitOfWork uow)
{
    public async Task<Result> HandleAsync(DeleteSubscriptionCommand cmd, CancellationToken ct)
    {
        var subscription = await store.FindAsync(cmd.Id, ct);
        if (subscription is null) return WebhookErrors.NotFound(cmd.Id);
        store.Remove(subscription);
        return await uow.SaveChangesAsync(ct);
    }
}
