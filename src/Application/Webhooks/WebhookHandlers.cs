using System.Security.Cryptography;
using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.Application.Webhooks;

/// <summary>Admin management of webhook subscriptions (the admin check is at the edge).</summary>
public sealed class WebhookHandlers(IWebhookStore store, IWebhookTargetPolicy targets, IIdGenerator ids, IUnitOfWork uow, TimeProvider clock)
{
    public async Task<Result<WebhookSubscriptionDto>> CreateAsync(WebhookInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Uri? url = null;
        if (string.IsNullOrWhiteSpace(input.Url) || input.Url.Length > WebhookSubscription.MaxUrlLength
            || !Uri.TryCreate(input.Url.Trim(), UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            errors["url"] = ["Must be an absolute http or https URL."];
        var events = (input.Events ?? []).Select(e => e?.Trim()).ToList();
        if (events.Count == 0 || events.Any(e => e is null || !WebhookEvents.All.Contains(e)))
            errors["events"] = [$"List one or more of: {string.Join(", ", WebhookEvents.All)}."];
        if (input.Secret is { } given && (given.Length is < 16 or > 100))
            errors["secret"] = ["Must be 16 to 100 characters, or left out to have one generated."];
        if (errors.Count > 0) return Failure.Invalid("webhook.invalid", "The subscription is not valid; see errors.", errors);

        var allowed = await targets.CheckAsync(url!, ct);
        if (!allowed.IsSuccess) return allowed.Failed();

        var secret = input.Secret ?? $"whsec_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))}";
        var subscription = new WebhookSubscription(ids.NewId(), url!.ToString(), [.. events.Distinct().Select(e => e!)], secret, clock.GetUtcNow());
        store.Add(subscription);
        var saved = await uow.SaveChangesAsync(ct);
        return !saved.IsSuccess ? saved.Failed() : WebhookSubscriptionDto.From(subscription, withSecret: true);
    }

    public async Task<Result<PagedList<WebhookSubscriptionDto>>> ListAsync(int? page, int? limit, CancellationToken ct)
    {
        var paging = PageRequest.Create(page, limit);
        if (!paging.IsSuccess) return paging.Failed();
        return (await store.ListAsync(paging.Value, ct)).Map(s => WebhookSubscriptionDto.From(s));
    }

    public async Task<Result> DeleteAsync(string id, CancellationToken ct)
    {
        var subscription = await store.FindAsync(id, ct);
        if (subscription is null) return NotFound(id);
        store.Remove(subscription);
        return await uow.SaveChangesAsync(ct);
    }

    public async Task<Result<PagedList<WebhookDeliveryDto>>> DeliveriesAsync(string id, int? page, int? limit, CancellationToken ct)
    {
        var paging = PageRequest.Create(page, limit);
        if (!paging.IsSuccess) return paging.Failed();
        if (await store.FindAsync(id, ct) is null) return NotFound(id);
        return await store.DeliveriesAsync(id, paging.Value, ct);
    }

    private static Result NotFound(string id) => Failure.NotFound("webhook.not_found", $"Webhook subscription {id} not found.");
}
