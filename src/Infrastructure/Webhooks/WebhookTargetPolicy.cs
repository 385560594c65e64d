using System.Net;
using System.Net.Sockets;
using Orders.Application.Webhooks;

namespace Orders.Infrastructure.Webhooks;

/// <summary>Checked when a subscription is created; <see cref="WebhookSender"/> checks the address again at connect time,
/// so a name that later resolves to a private address is refused too.</summary>
internal sealed class WebhookTargetPolicy(WebhookOptions options) : IWebhookTargetPolicy
{
    /// <summary>The longest name DNS can carry in text form (255 octets on the wire).</summary>
    public const int MaxHostLength = 253;

    public async Task<Result> CheckAsync(Uri url, CancellationToken ct)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) return WebhookErrors.SchemeRefused;
        if (options.AllowPrivateTargets) return Result.Success();

        IPAddress[] addresses;
        try
        {
            var host = url.IdnHost;
            if (host.Length > MaxHostLength) return WebhookErrors.HostTooLong(MaxHostLength);
            addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        }
        catch (Exception ex) when (ex is SocketException or ArgumentException or UriFormatException)
        {
            return WebhookErrors.HostUnresolved(Shorten(url.Host));
        }

        return addresses.Length == 0 || addresses.Any(PrivateAddresses.Contains)
            ? WebhookErrors.PrivateTarget(Shorten(url.Host))
            : Result.Success();
    }

    private static string Shorten(string host) => host.Length <= 80 ? host : $"{host[..80]}…";
}
