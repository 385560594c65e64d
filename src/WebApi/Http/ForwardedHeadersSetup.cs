using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Orders.WebApi.Http;

public static class ForwardedHeadersSetup
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    /// <summary>The client address from <c>X-Forwarded-For</c>, believed only when the TCP peer is one of
    /// <c>ForwardedHeaders:KnownProxies</c> (none by default, not even loopback): anyone else could name any address
    /// and pick their own rate-limit bucket.</summary>
    public static IServiceCollection AddOrdersForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [];
        var addresses = proxies.Select(p => IPAddress.TryParse(p, out var address)
            ? address
            : throw new InvalidOperationException($"{KnownProxiesKey} lists '{p}', which is not an IP address.")).ToList();

        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var address in addresses) options.KnownProxies.Add(address);
            // Walk back through a chain of known proxies (CDN, then load balancer) to the first address none of them is.
            options.ForwardLimit = null;
        });
    }
}
