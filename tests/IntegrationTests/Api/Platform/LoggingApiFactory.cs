using Microsoft.Extensions.DependencyInjection;
using Orders.IntegrationTests.Infrastructure;
using Serilog.Core;

namespace Orders.IntegrationTests.Api.Platform;

/// <summary>The API with a log sink of its own, registered in DI the way any extra sink can be.</summary>
public sealed class LoggingApiFactory : OrdersApiFactory
{
    public LoggingApiFactory()
        : this(new CapturedLogs())
    {
    }

    private LoggingApiFactory(CapturedLogs logs)
        : base(ApiHostOptions.Default.WithServices(services => services.AddSingleton<ILogEventSink>(logs))) => Logs = logs;

    public CapturedLogs Logs { get; }
}
