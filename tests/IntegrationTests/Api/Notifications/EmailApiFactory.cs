using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notifications;

/// <summary>The API sending its emails to a real SMTP server of its own, with an outbox that keeps retrying long enough
/// (about 20 s) for a test to stop and restart the server.</summary>
public sealed class EmailApiFactory() : OrdersApiFactory(ApiHostOptions.Email);
