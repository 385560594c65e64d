namespace Orders.IntegrationTests.Infrastructure;

/// <summary>The database a test API host runs on: a fresh SQLite file, or a fresh database on the shared test PostgreSQL
/// server (<see cref="PostgresServer"/>).</summary>
public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}
