using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Api.Platform;
using Orders.IntegrationTests.Infrastructure;
using Serilog.Core;

namespace Orders.IntegrationTests.Telemetry;

/// <summary>The API with telemetry collected (no OTLP endpoint, so nothing leaves the process) into in-memory
/// exporters, its log events captured as the JSON the console writes, and no outbox dispatcher, so that what waits
/// in the outbox stays there until a test moves it.</summary>
public sealed class TelemetryApiFactory() : OrdersApiFactory((ApiHostOptions.Default with { PaymentEvents = true, Dispatcher = false })
    .With(new Dictionary<string, string?> { ["Telemetry:Enabled"] = "true", ["Telemetry:OutboxGaugeCacheSeconds"] = "0" }))
{
    public Recorded<Activity> Spans { get; } = new();

    public Recorded<MetricSnapshot> Metrics { get; } = new();

    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans));
            services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(Metrics));
            services.AddSingleton<ILogEventSink>(Logs);
        });
    }

    /// <summary>Collects every metric now and returns the newest export of <paramref name="name"/>, if it has one.</summary>
    public MetricSnapshot? Collect(string name)
    {
        Services.GetRequiredService<MeterProvider>().ForceFlush().ShouldBeTrue();
        return Metrics.Snapshot().LastOrDefault(m => m.Name == name);
    }
}
