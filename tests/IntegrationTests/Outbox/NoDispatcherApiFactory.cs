using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Outbox;

/// <summary>The API's database and services with no dispatcher running, so a test drives outbox processors itself.</summary>
public sealed class NoDispatcherApiFactory() : OrdersApiFactory(ApiHostOptions.Default with { Dispatcher = false });
