using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Shipments;

/// <summary>The API with payments confirmed by signed events, a fast outbox, webhooks to the loopback receivers the tests
/// start and a real SMTP server, so a shipment's status email and webhook can be seen.</summary>
public sealed class ShipmentsApiFactory() : OrdersApiFactory(ApiHostOptions.Email);
