using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Platform;

/// <summary>Three requests a minute, <see cref="KnownProxy"/> as the one trusted proxy, and the TCP peer taken from
/// <see cref="TestPeerAddress.Header"/>.</summary>
public sealed class RateLimitedApiFactory : OrdersApiFactory
{
    public const string KnownProxy = "10.0.0.1";

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["RateLimiting:PermitsPerMinute"] = "3";
            settings["ForwardedHeaders:KnownProxies:0"] = KnownProxy;
            return settings;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestPeerAddress>());
    }
}
