using Npgsql;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>A 2xx means the change is on disk: an API whose PostgreSQL connections run with <c>synchronous_commit=off</c>
/// refuses to start, naming the setting, wherever it was turned off.</summary>
public sealed class PostgresDurabilityTests
{
    [Fact]
    public void Start_WhenTheConnectionStringTurnsSynchronousCommitOff_FailsNamingTheSetting()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase() + ";Options=-c synchronous_commit=off";

        StartFailure(connectionString).ShouldContain("synchronous_commit=off");
    }

    [Fact]
    public void Start_WhenTheDatabaseTurnsSynchronousCommitOff_FailsNamingTheSetting()
    {
        var connectionString = PostgresServer.Shared.CreateDatabase();
        var database = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using (var connection = new NpgsqlConnection(PostgresServer.Shared.ConnectionString("postgres")))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"ALTER DATABASE \"{database}\" SET synchronous_commit = off", connection);
            command.ExecuteNonQuery();
        }

        StartFailure(connectionString).ShouldContain("synchronous_commit=off");
    }

    [Fact]
    public async Task Start_WithSynchronousCommitOn_Serves()
    {
        using var api = OrdersApiFactory.Create(ApiHostOptions.Default with { Database = DatabaseEngine.Postgres });

        (await api.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    private static string StartFailure(string connectionString)
    {
        using var api = OrdersApiFactory.Create((ApiHostOptions.Default with { Database = DatabaseEngine.Postgres })
            .With("ConnectionStrings:Orders", connectionString));
        return Should.Throw<Exception>(() => api.CreateClient()).ToString();
    }
}
