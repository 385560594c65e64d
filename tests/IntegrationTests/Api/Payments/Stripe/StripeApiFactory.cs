using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>The API paying through Stripe (<see cref="OrdersApiFactory.Stripe"/>, a fake of its own) and sending its
/// emails to a real SMTP server, with a fast outbox.</summary>
public sealed class StripeApiFactory() : OrdersApiFactory(ApiHostOptions.Email with { Stripe = true });
