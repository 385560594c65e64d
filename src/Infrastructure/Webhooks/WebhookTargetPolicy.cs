using System.Net;
using System.Net.Sockets;
using Orders.Application.Webhooks;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Webhooks;

/// <summary>Checked when a subscription is created; <see cref="WebhookSender"/> checks the address again at connect time,
/// so a name that later resolves to a private address is refused too.</summary>
internal sealed class WebhookTargetPolicy(WebhookOptions options) : IWebhookTargetPolicy
{
    /// <summary>The longest name DNS can carry in text form (255 octets on the wire).</summary>
    public const int MaxHostLength = 253;

    public async Task<Result> CheckAsync(Uri url, CancellationToken ct)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) return Refused("Only http and https URLs are allowed.");
        if (options.AllowPrivateTargets) return Result.Success();

        IPAddress[] addresses;
        try
        {
            var host = url.IdnHost;
            if (host.Length > MaxHostLength) return Refused($"The host name is longer than {MaxHostLength} characters, the most DNS allows.");
            addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        }
        catch (Exception ex) when (ex is SocketException or ArgumentException or UriFormatException)
        {
            return Refused($"The host {Shorten(url.Host)} cannot be resolved.");
        }

        return addresses.Length == 0 || addresses.Any(PrivateAddresses.Contains)
            ? Refused($"{Shorten(url.Host)} is a loopback or private-range address; webhooks go to public addresses (set Webhooks:AllowPrivateTargets to allow).")
            : Result.Success();
    }

    private static string Shorten(string host) => host.Length <= 80 ? host : $"{host[..80]}…";

    private static Result Refused(string message) =>
        Failure.Invalid("webhook.target_refused", message, new Dictionary<string, string[]> { ["url"] = [message] });
}
