using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Notes;

/// <summary>The lifecycle host (payments confirmed by signed events) on a fresh PostgreSQL database.</summary>
public sealed class PostgresNotesApiFactory() : OrdersApiFactory(ApiHostOptions.Default with { PaymentEvents = true, Database = DatabaseEngine.Postgres });
