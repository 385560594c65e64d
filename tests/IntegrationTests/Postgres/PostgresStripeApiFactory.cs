using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>The API with Stripe (a fake) on a fresh PostgreSQL database; <see cref="OrdersApiFactory.SecondInstance"/> is
/// another server of the same shop: same database, same Stripe account.</summary>
public sealed class PostgresStripeApiFactory() : OrdersApiFactory(ApiHostOptions.Notifications with { Database = DatabaseEngine.Postgres, Stripe = true });
