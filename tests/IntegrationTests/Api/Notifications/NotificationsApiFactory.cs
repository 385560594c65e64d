using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>The API with a fast outbox and webhooks allowed to reach the loopback receiver the tests start; payments are
/// confirmed by signed events.</summary>
public sealed class NotificationsApiFactory() : OrdersApiFactory(ApiHostOptions.Notifications);
