using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Platform;

/// <summary>Three requests a minute, <see cref="KnownProxy"/> as the one trusted proxy, the TCP peer taken from
/// <see cref="TestPeerAddress.Header"/>, and both payment webhooks live (Stripe as the provider, the manual events'
/// secret too) so tests can sign events for either.</summary>
public sealed class RateLimitedApiFactory() : OrdersApiFactory((ApiHostOptions.Default with { PaymentEvents = true, Stripe = true })
    .With(new Dictionary<string, string?> { ["RateLimiting:PermitsPerMinute"] = "3", ["ForwardedHeaders:KnownProxies:0"] = KnownProxy })
    .WithServices(services => services.AddSingleton<IStartupFilter, TestPeerAddress>()))
{
    public const string KnownProxy = "10.0.0.1";
}
