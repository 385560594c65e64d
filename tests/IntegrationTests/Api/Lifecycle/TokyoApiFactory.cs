using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

/// <summary>A shop east of UTC (<c>Shop:TimeZone = Asia/Tokyo</c>): local midnight of 0001-01-01 is before the first
/// instant a DateTimeOffset can hold.</summary>
public sealed class TokyoApiFactory() : OrdersApiFactory((ApiHostOptions.Default with { PaymentEvents = true }).With("Shop:TimeZone", "Asia/Tokyo"));
