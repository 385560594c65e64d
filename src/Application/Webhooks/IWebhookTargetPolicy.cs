using Orders.Domain.Common;

namespace Orders.Application.Webhooks;

/// <summary>Decides whether we may send requests to a URL: http(s) only, and no loopback or private-range address
/// unless <see cref="WebhookOptions.AllowPrivateTargets"/> is set.</summary>
public interface IWebhookTargetPolicy
{
    Task<Result> CheckAsync(Uri url, CancellationToken ct);
}
