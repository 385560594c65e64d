using System.Security.Cryptography;
using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.Application.Webhooks.CreateSubscription;

public sealed class CreateSubscriptionHandler(
    IWebhookStore store, IWebhookTargetPolicy targets, IIdGenerator ids, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<WebhookSubscriptionDto>> HandleAsync(CreateSubscriptionCommand cmd, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        Uri? url = null;
        if (string.IsNullOrWhiteSpace(cmd.Url) || cmd.Url.Length > WebhookSubscription.MaxUrlLength
            || !Uri.TryCreate(cmd.Url.Trim(), UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            errors["url"] = ["Must be an absolute http or https URL."];
        var events = (cmd.Events ?? []).Select(e => e?.Trim()).ToList();
        if (events.Count == 0 || events.Any(e => e is null || !WebhookEvents.All.Contains(e)))
            errors["events"] = [$"List one or more of: {string.Join(", ", WebhookEvents.All)}."];
        if (cmd.Secret is { } given && (given.Length is < 16 or > 100))
            errors["secret"] = ["Must be 16 to 100 characters, or left out to have one generated."];
        if (errors.Count > 0) return WebhookErrors.Invalid(errors);

        var allowed = await targets.CheckAsync(url!, ct);
        if (!allowed.IsSuccess) return allowed.Failed();

        var secret = cmd.Secret ?? $"whsec_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24))}";
        var subscription = new WebhookSubscription(ids.NewId(), url!.ToString(), [.. events.Distinct().Select(e => e!)], secret, clock.GetUtcNow());
        store.Add(subscription);
        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? subscription.Adapt<WebhookSubscriptionDto>(mapping) with { Secret = secret } : saved.Failed();
    }
}
