using Orders.IntegrationTests.Api.Edits;
using Orders.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Orders.IntegrationTests.Postgres;

/// <summary>The edit races across two API instances on one PostgreSQL database, the racing requests split between them:
/// see <see cref="EditRaces"/>.</summary>
public sealed class PostgresEditRaceTests : IClassFixture<PostgresApiFactory>, IDisposable
{
    private readonly OrdersApiFactory _second;
    private readonly EditRaces _races;

    public PostgresEditRaceTests(PostgresApiFactory factory, ITestOutputHelper output)
    {
        _second = factory.SecondInstance();
        factory.CreateClient().Dispose();
        _races = new EditRaces(factory, _second, output.WriteLine);
    }

    public void Dispose() => _second.Dispose();

    [Fact]
    public async Task AnEditRacingAPaymentConfirmation_FromTwoInstances_OneWins()
    {
        await _races.EditRacingPaymentAsync("pg");
        _races.LogOutcomes();
    }

    [Fact]
    public async Task AnEditRacingACancel_FromTwoInstances_OneWins()
    {
        await _races.EditRacingCancelAsync("pg");
        _races.LogOutcomes();
    }

    [Fact]
    public async Task TwoEditsAtTheSameVersion_FromTwoInstances_OneWins()
    {
        await _races.EditRacingEditAsync("pg");
        _races.LogOutcomes();
    }

    [Fact]
    public async Task AnEditTakingTheLastUnitsRacingAPlacement_FromTwoInstances_NoOversell()
    {
        await _races.EditTakingTheLastUnitsRacingAPlacementAsync("pg");
        _races.LogOutcomes();
    }
}
