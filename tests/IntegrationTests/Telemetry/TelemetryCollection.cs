namespace Orders.IntegrationTests.Telemetry;

/// <summary>The meter is named <c>Orders</c> in every host, and a listener hears every meter of that name in the
/// process: the telemetry tests run alone, so that no other test's orders are counted in theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
