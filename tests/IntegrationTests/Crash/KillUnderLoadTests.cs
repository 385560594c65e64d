using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Crash;

/// <summary>Issue 8's proof that a crash loses nothing: the API killed with SIGKILL under load and restarted on the same
/// database keeps every acknowledged write, invents nothing half-done, conserves stock, unique order numbers and invoice numbers without gaps, and sends
/// every email and webhook it owes within 60 s. Both engines in one class, so the two runs do not compete for the CPU.</summary>
public sealed class KillUnderLoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SigkillUnderLoad_OnSqlite_LosesNoAcknowledgedOrderAndSendsEverythingAfterTheRestart()
    {
        var directory = Directory.CreateTempSubdirectory("orders-crash-");
        try
        {
            var figures = await new KillUnderLoad(output).RunAsync("Sqlite", $"Data Source={Path.Combine(directory.FullName, "orders.db")}");
            output.WriteLine(figures.ToString());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task SigkillUnderLoad_OnPostgres_LosesNoAcknowledgedOrderAndSendsEverythingAfterTheRestart()
    {
        var figures = await new KillUnderLoad(output).RunAsync("Postgres", PostgresServer.Shared.CreateDatabase());
        output.WriteLine(figures.ToString());
    }
}
