using Orders.IntegrationTests.Api.Notifications;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>The API on a fresh PostgreSQL database. <see cref="SecondInstance"/> starts another API host on the same
/// database, as a second server of a scaled-out shop would be.</summary>
public class PostgresApiFactory : NotificationsApiFactory
{
    public PostgresApiFactory() : this(PostgresServer.Shared.CreateDatabase())
    {
    }

    private PostgresApiFactory(string connectionString) => PostgresConnectionString = connectionString;

    public string PostgresConnectionString { get; }

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Orders"] = PostgresConnectionString;
            return settings;
        }
    }

    public PostgresApiFactory SecondInstance() => new(PostgresConnectionString);
}
