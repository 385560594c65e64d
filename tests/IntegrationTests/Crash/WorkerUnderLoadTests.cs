using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Crash;

/// <summary>Issue 20's proof under faults for the worker: killed with SIGKILL mid-load, or with the SMTP server and the
/// webhook receiver down for a while, nothing acknowledged is lost and every email and webhook goes out, a message twice
/// only when it was in flight at the fault. One class, so the runs do not compete for the CPU.</summary>
public sealed class WorkerUnderLoadTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("orders-worker-crash-");

    [Fact]
    public async Task WorkerKilledUnderLoad_OnSqlite_LosesNothingAndDeliversEverythingAfterItsRestart()
    {
        var figures = await new WorkerUnderLoad(output).RunAsync("Sqlite", SqliteDatabase(), WorkerFault.WorkerKilled);
        output.WriteLine(figures.ToString());
    }

    [Fact]
    public async Task WorkerKilledUnderLoad_OnPostgres_LosesNothingAndDeliversEverythingAfterItsRestart()
    {
        var figures = await new WorkerUnderLoad(output).RunAsync("Postgres", PostgresServer.Shared.CreateDatabase(), WorkerFault.WorkerKilled);
        output.WriteLine(figures.ToString());
    }

    [Fact]
    public async Task SmtpAndReceiverDownUnderLoad_OnPostgres_EverythingArrivesWhenTheyAreBack()
    {
        var figures = await new WorkerUnderLoad(output).RunAsync("Postgres", PostgresServer.Shared.CreateDatabase(), WorkerFault.ReceiversDown);
        output.WriteLine(figures.ToString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private string SqliteDatabase() => $"Data Source={Path.Combine(_directory.FullName, "orders.db")}";
}
