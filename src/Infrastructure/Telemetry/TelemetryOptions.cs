namespace Orders.Infrastructure.Telemetry;

/// <summary>The <c>Telemetry</c> section. Where traces and metrics go is OpenTelemetry's own standard configuration
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, <c>OTEL_SERVICE_NAME</c>, ...); these keys say only whether they are collected.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>The OpenTelemetry variable whose presence turns the export on.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Collect traces and metrics with OpenTelemetry. Unset: only when <see cref="OtlpEndpointKey"/> is set, so
    /// that a host with nowhere to send them does no work for them. True without an endpoint collects for listeners in
    /// the process (an exporter a host or a test adds) and exports nothing.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The outbox gauges read the outbox table at most this often; a collection in between sees the last reading.</summary>
    public double OutboxGaugeCacheSeconds { get; set; } = 5;

    public IEnumerable<string> Problems()
    {
        if (OutboxGaugeCacheSeconds is < 0 or > 3600) yield return "Telemetry:OutboxGaugeCacheSeconds must be 0 to 3600.";
    }
}
