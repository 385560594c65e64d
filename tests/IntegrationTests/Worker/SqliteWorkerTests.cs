using Microsoft.Data.Sqlite;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Worker;

/// <summary>The API and the worker as two processes on one SQLite file, the API with its dispatcher off: the worker
/// sends what the API's orders stage.</summary>
public sealed class SqliteWorkerTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("orders-worker-").FullName;

    [Fact]
    public async Task AWorkerThatMayNotMigrate_WaitsForTheSchema_ThenDeliversEveryEmailAndWebhookExactlyOnce()
    {
        using var smtp = new SmtpServer();
        await using var receiver = await WebhookReceiver.StartAsync();
        var database = Path.Combine(_directory, "orders.db");
        var settings = HostSettings.For("Sqlite", $"Data Source={database}", smtp);

        // Started first, on no database at all: it says why it waits and creates nothing.
        await using var worker = ChildProcess.Start("Worker", settings.With(("Database:MigrateOnStart", "false")), output, "worker");
        await Eventually.FoundAsync(() => Task.FromResult(worker.Output.Contains("The database is behind this build", StringComparison.Ordinal) ? "said" : null),
            TimeSpan.FromSeconds(60), () => $"The worker did not say why it waits: {worker.Output}");
        File.Exists(database).ShouldBeFalse("a host that may not migrate changes no schema");

        // The API migrates at start; its own dispatcher is off, so every message below is the worker's.
        await using var api = await ApiProcess.StartAsync(settings.With(("Outbox:DispatcherEnabled", "false")), output);
        var deliveries = new Deliveries([api], smtp, receiver, "sqlite-worker-buyer-");
        await deliveries.PrepareAsync();
        await deliveries.PlaceAsync(12);

        await deliveries.ShouldBeDeliveredExactlyOnceAsync();
        worker.HasExited.ShouldBeFalse(worker.Output);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
