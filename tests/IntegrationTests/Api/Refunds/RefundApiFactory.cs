using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Refunds;

/// <summary>The built-in (manual) provider with signed payment events and a fast outbox, so a refund goes out and is
/// confirmed moments after it commits.</summary>
public sealed class RefundApiFactory() : OrdersApiFactory(ApiHostOptions.Notifications);
