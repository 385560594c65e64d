using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

/// <summary>A shop in Chile (<c>Shop:TimeZone = America/Santiago</c>, UTC-4/-3): its clocks jump from 00:00 to 01:00 when
/// daylight saving time starts (2026-09-06), so that day has no local midnight.</summary>
public sealed class SantiagoApiFactory() : OrdersApiFactory((ApiHostOptions.Default with { PaymentEvents = true }).With("Shop:TimeZone", TimeZoneId))
{
    public const string TimeZoneId = "America/Santiago";
}
