using Microsoft.Extensions.DependencyInjection;
using Orders.IntegrationTests.Api.Platform;
using Orders.IntegrationTests.Infrastructure;
using Serilog.Core;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>The API sending its emails to a real SMTP server of its own, with an outbox that keeps retrying long enough
/// (about 20 s) for a test to stop and restart the server, and a log sink of its own so a test can read what the
/// dispatcher logged.</summary>
public sealed class EmailApiFactory : OrdersApiFactory
{
    public EmailApiFactory()
        : this(new CapturedLogs())
    {
    }

    private EmailApiFactory(CapturedLogs logs)
        : base(ApiHostOptions.Email.WithServices(services => services.AddSingleton<ILogEventSink>(logs))) => Logs = logs;

    public CapturedLogs Logs { get; }
}
