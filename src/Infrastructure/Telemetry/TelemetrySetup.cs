using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Orders.Infrastructure.Telemetry;

/// <summary>OpenTelemetry for any host: one call gives traces (outgoing HTTP, database commands) and metrics (outgoing
/// HTTP, the runtime, the <see cref="OrdersMetrics"/> meter), exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set. A host adds what only it has (ASP.NET Core's own instrumentation) through
/// the two callbacks.</summary>
public static class TelemetrySetup
{
    /// <summary>The <see cref="OrdersMetrics"/> meter and what it reads; part of <c>AddInfrastructure</c>, so the
    /// counters exist whether or not a host exports them (dotnet-counters can read them too).</summary>
    public static IServiceCollection AddOrdersMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMetrics();
        ValidatedOptions.Add<TelemetryOptions>(services, configuration, TelemetryOptions.Section, o => o.Problems());
        services.AddSingleton<OutboxBacklog>();
        services.AddSingleton<OrdersMetrics>();
        return services;
    }

    /// <summary>Collects traces and metrics when <c>Telemetry:Enabled</c> says so (by default: when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, in configuration or the environment), and exports them over OTLP
    /// only when that endpoint is set. Otherwise it registers nothing, so a host that exports nothing pays nothing.</summary>
    public static IServiceCollection AddOrdersTelemetry(this IServiceCollection services, IConfiguration configuration,
        Action<TracerProviderBuilder>? tracing = null, Action<MeterProviderBuilder>? metrics = null)
    {
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var export = !string.IsNullOrWhiteSpace(configuration[TelemetryOptions.OtlpEndpointKey]);
        if (!(options.Enabled ?? export)) return services;

        services.AddOpenTelemetry()
            // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES still win; by default each host is named after its assembly.
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? Assembly.GetEntryAssembly()?.GetName().Name ?? "Orders"))
            .WithTracing(t =>
            {
                t.AddHttpClientInstrumentation();
                // Database commands as children of the work that ran them. The background loops' polls would
                // otherwise each start a trace of their own, several a second, with nothing in them but one query.
                t.AddEntityFrameworkCoreInstrumentation(o => o.Filter = (_, _) => Activity.Current?.Parent is not null);
                tracing?.Invoke(t);
                if (export) t.AddOtlpExporter();
            })
            .WithMetrics(m =>
            {
                m.AddMeter(OrdersMetrics.MeterName);
                m.AddHttpClientInstrumentation();
                m.AddRuntimeInstrumentation();
                metrics?.Invoke(m);
                if (export) m.AddOtlpExporter();
            });
        // The meter's observable gauges exist once the meter does; made now, so that a host that has not written yet
        // (a PostgreSQL API, a worker) still reports its outbox.
        services.ConfigureOpenTelemetryMeterProvider((sp, _) => sp.GetRequiredService<OrdersMetrics>());
        return services;
    }
}
