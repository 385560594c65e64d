using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orders.IntegrationTests.Infrastructure;
using Serilog.Core;

namespace Orders.IntegrationTests.Api.Platform;

/// <summary>The API with a log sink of its own, registered in DI the way any extra sink can be.</summary>
public sealed class LoggingApiFactory : OrdersApiFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Logs));
    }
}
