using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Edits;

/// <summary>The built-in (manual) provider with signed payment events and a fast outbox, so an edit's refund goes out and
/// is confirmed moments after it commits.</summary>
public sealed class EditsApiFactory() : OrdersApiFactory(ApiHostOptions.Notifications);
