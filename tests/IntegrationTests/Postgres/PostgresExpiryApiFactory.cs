using Microsoft.Extensions.Time.Testing;
using Orders.IntegrationTests.Api.Expiry;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary><see cref="ExpiryApiFactory"/>'s shop (card orders expire after a minute unpaid, three unpaid orders per
/// customer, a fake clock) on a fresh PostgreSQL database with Stripe (a fake); <see cref="OrdersApiFactory.SecondInstance"/>
/// is another server of it, on the same fake clock.</summary>
public sealed class PostgresExpiryApiFactory()
    : OrdersApiFactory(ExpiryApiFactory.Shape(new FakeTimeProvider(DateTimeOffset.UtcNow)) with { Database = DatabaseEngine.Postgres, Stripe = true });
