using Xunit.Abstractions;

namespace Orders.IntegrationTests.Api.Edits;

/// <summary>The edit races on SQLite, one host: see <see cref="EditRaces"/>.</summary>
public sealed class EditRaceTests(EditsApiFactory factory, ITestOutputHelper output) : IClassFixture<EditsApiFactory>
{
    private readonly EditRaces _races = new(factory, factory, output.WriteLine);

    [Fact]
    public async Task AnEditRacingAPaymentConfirmation_OneWins_AndStockTotalsAndVersionStayConsistent()
    {
        await _races.EditRacingPaymentAsync("sqlite");
        _races.LogOutcomes();
    }

    [Fact]
    public async Task AnEditRacingACancelAtTheSameVersion_OneWins_AndAPaidOrderIsRefundedOnce()
    {
        await _races.EditRacingCancelAsync("sqlite");
        _races.LogOutcomes();
    }

    [Fact]
    public async Task TwoEditsAtTheSameVersion_OneWins_AndTheOtherChangesNothing()
    {
        await _races.EditRacingEditAsync("sqlite");
        _races.LogOutcomes();
    }

    [Fact]
    public async Task AnEditTakingTheLastUnitsRacingAPlacement_OneGetsThem_AndTheOtherIs409InsufficientStock()
    {
        await _races.EditTakingTheLastUnitsRacingAPlacementAsync("sqlite");
        _races.LogOutcomes();
    }
}
