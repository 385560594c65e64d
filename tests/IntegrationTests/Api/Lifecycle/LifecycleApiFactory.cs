using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

/// <summary>The test API with the built-in payment provider's webhook secret configured, so tests can confirm payments
/// the way a shop's back office would: by posting signed events.</summary>
public sealed class LifecycleApiFactory() : OrdersApiFactory(ApiHostOptions.Default with { PaymentEvents = true });
