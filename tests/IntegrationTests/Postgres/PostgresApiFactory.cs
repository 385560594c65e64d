using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>The API on a fresh PostgreSQL database, sending its emails to a real SMTP server, with a fast outbox.
/// <see cref="OrdersApiFactory.SecondInstance"/> starts another API host on the same database and SMTP server, as a
/// second server of a scaled-out shop would be.</summary>
public sealed class PostgresApiFactory() : OrdersApiFactory(ApiHostOptions.Notifications with { Database = DatabaseEngine.Postgres, Smtp = true });
