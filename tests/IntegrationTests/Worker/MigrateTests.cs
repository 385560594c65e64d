using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orders.Infrastructure;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Worker;

/// <summary>The built worker's <c>migrate</c> command as a deploy step, and <c>Database:MigrateOnStart</c> false in the
/// API: a host that may not migrate leaves a database that is behind as it is and is not ready until the step has run.</summary>
public sealed class MigrateTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan ExitDeadline = TimeSpan.FromSeconds(90);
    private readonly string _directory = Directory.CreateTempSubdirectory("orders-worker-").FullName;

    private string DatabaseFile => Path.Combine(_directory, "orders.db");

    private string ConnectionString => $"Data Source={DatabaseFile}";

    [Fact]
    public async Task Migrate_OnAFreshSqliteFile_AppliesEveryMigrationAndExitsZero()
    {
        await using var worker = ChildProcess.Start("Worker", HostSettings.For("Sqlite", ConnectionString), output, "worker migrate", "migrate");

        (await worker.WaitForExitAsync(ExitDeadline)).ShouldBe(0, worker.Output);

        await using var services = Services(ConnectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Count().ShouldBe(db.Database.GetMigrations().Count());
        (await db.Orders.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Migrate_WhenTheSqliteFileCannotBeOpened_ExitsNonZeroNamingTheError()
    {
        var settings = HostSettings.For("Sqlite", $"Data Source={Path.Combine(_directory, "no-such-folder", "orders.db")}");
        await using var worker = ChildProcess.Start("Worker", settings, output, "worker migrate", "migrate");

        (await worker.WaitForExitAsync(ExitDeadline)).ShouldNotBe(0);

        worker.Output.ShouldContain("Could not migrate the database");
        worker.Output.ShouldContain("unable to open database file");
    }

    [Fact]
    public async Task Migrate_WhenPostgresIsUnreachable_ExitsNonZeroNamingTheError()
    {
        var port = ClosedPort();
        var settings = HostSettings.For("Postgres", $"Host=127.0.0.1;Port={port};Username=postgres;Database=orders;Timeout=5");
        await using var worker = ChildProcess.Start("Worker", settings, output, "worker migrate", "migrate");

        (await worker.WaitForExitAsync(ExitDeadline)).ShouldNotBe(0);

        worker.Output.ShouldContain("Could not migrate the database");
        worker.Output.ShouldContain($"Failed to connect to 127.0.0.1:{port}");
    }

    [Fact]
    public async Task Api_ThatMayNotMigrate_LeavesTheDatabaseAlone_AndIsReadyOnlyAfterTheWorkerMigrated()
    {
        var settings = HostSettings.For("Sqlite", ConnectionString).With(("Database:MigrateOnStart", "false"));
        await using var api = await ApiProcess.StartAsync(settings, output, "api that may not migrate", readyPath: "/health/live");
        using var probe = api.Client();

        (await probe.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        await Eventually.FoundAsync(() => Task.FromResult(api.Output.Contains("The database is behind this build", StringComparison.Ordinal) ? "said" : null),
            TimeSpan.FromSeconds(20), () => $"The API did not say why it is not ready: {api.Output}");
        (await TablesAsync()).ShouldBeEmpty("a host that may not migrate changes no schema");

        await using (var migrate = ChildProcess.Start("Worker", settings, output, "worker migrate", "migrate"))
            (await migrate.WaitForExitAsync(ExitDeadline)).ShouldBe(0, migrate.Output);

        await Eventually.TrueAsync(async () => (await probe.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "the API is ready once migrated");
        (await TablesAsync()).ShouldContain("Orders");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static ServiceProvider Services(string connectionString) => new ServiceCollection().AddLogging()
        .AddInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Orders"] = connectionString,
            ["Outbox:DispatcherEnabled"] = "false",
        }).Build())
        .BuildServiceProvider();

    /// <summary>The tables of the database file; none when there is no file (read-only: looking creates nothing).</summary>
    private async Task<List<string>> TablesAsync()
    {
        if (!File.Exists(DatabaseFile)) return [];
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        return tables;
    }

    /// <summary>A port nobody listens on: the OS gives a free one and it is closed again at once.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
