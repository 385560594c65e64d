using Xunit.Abstractions;

namespace Orders.IntegrationTests.Crash;

/// <summary>Issue 20's proof that an unpaid order expires exactly once across instances, even when one dies mid-sweep.</summary>
public sealed class ExpiryUnderKillTests(ITestOutputHelper output)
{
    [Fact]
    public async Task UnpaidOrders_SweptByTwoInstances_OneKilledMidSweep_AreEachCanceledOnce()
    {
        var figures = await new ExpiryUnderKill(output).RunAsync();
        output.WriteLine(figures.ToString());
    }
}
