using System.Net;
using System.Net.Sockets;
using Orders.Application.Webhooks;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Webhooks;

/// <summary>Checked when a subscription is created; <see cref="WebhookSender"/> checks the address again at connect time,
/// so a name that later resolves to a private address is refused too.</summary>
internal sealed class WebhookTargetPolicy(WebhookOptions options) : IWebhookTargetPolicy
{
    public async Task<Result> CheckAsync(Uri url, CancellationToken ct)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) return Refused("Only http and https URLs are allowed.");
        if (options.AllowPrivateTargets) return Result.Success();

        IPAddress[] addresses;
        try
        {
            addresses = IPAddress.TryParse(url.IdnHost, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(url.IdnHost, ct);
        }
        catch (SocketException)
        {
            return Refused($"The host {url.Host} cannot be resolved.");
        }

        return addresses.Length == 0 || addresses.Any(PrivateAddresses.Contains)
            ? Refused($"{url.Host} is a loopback or private-range address; webhooks go to public addresses (set Webhooks:AllowPrivateTargets to allow).")
            : Result.Success();
    }

    private static Result Refused(string message) =>
        Failure.Invalid("webhook.target_refused", message, new Dictionary<string, string[]> { ["url"] = [message] });
}
