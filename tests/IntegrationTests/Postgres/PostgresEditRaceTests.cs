using Orders.IntegrationTests.Api.Edits;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>The edit races across two API instances on one PostgreSQL database, the racing requests split between them:
/// see <see cref="EditRaces"/>.</summary>
public sealed class PostgresEditRaceTests : IClassFixture<PostgresApiFactory>, IDisposable
{
    private readonly OrdersApiFactory _second;
    private readonly EditRaces _races;

    public PostgresEditRaceTests(PostgresApiFactory factory)
    {
        _second = factory.SecondInstance();
        factory.CreateClient().Dispose();
        _races = new EditRaces(factory, _second);
    }

    public void Dispose() => _second.Dispose();

    [Fact]
    public Task AnEditRacingAPaymentConfirmation_FromTwoInstances_OneWins() => _races.EditRacingPaymentAsync("pg");

    [Fact]
    public Task AnEditRacingACancel_FromTwoInstances_OneWins() => _races.EditRacingCancelAsync("pg");

    [Fact]
    public Task TwoEditsAtTheSameVersion_FromTwoInstances_OneWins() => _races.EditRacingEditAsync("pg");

    [Fact]
    public Task AnEditTakingTheLastUnitsRacingAPlacement_FromTwoInstances_NoOversell() => _races.EditTakingTheLastUnitsRacingAPlacementAsync("pg");
}
