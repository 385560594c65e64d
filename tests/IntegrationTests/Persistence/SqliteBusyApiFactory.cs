using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Persistence;

/// <summary>The test API waiting only one second for a SQLite write lock held by another process.</summary>
public sealed class SqliteBusyApiFactory() : OrdersApiFactory(ApiHostOptions.Default.With("Database:BusyTimeoutSeconds", "1"));
