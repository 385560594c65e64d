namespace Orders.IntegrationTests.Api.Edits;

/// <summary>The edit races on SQLite, one host: see <see cref="EditRaces"/>.</summary>
public sealed class EditRaceTests(EditsApiFactory factory) : IClassFixture<EditsApiFactory>
{
    private readonly EditRaces _races = new(factory, factory);

    [Fact]
    public Task AnEditRacingAPaymentConfirmation_OneWins_AndStockTotalsAndVersionStayConsistent() => _races.EditRacingPaymentAsync("sqlite");

    [Fact]
    public Task AnEditRacingACancelAtTheSameVersion_OneWins_AndAPaidOrderIsRefundedOnce() => _races.EditRacingCancelAsync("sqlite");

    [Fact]
    public Task TwoEditsAtTheSameVersion_OneWins_AndTheOtherChangesNothing() => _races.EditRacingEditAsync("sqlite");

    [Fact]
    public Task AnEditTakingTheLastUnitsRacingAPlacement_OneGetsThem_AndTheOtherIs409InsufficientStock() =>
        _races.EditTakingTheLastUnitsRacingAPlacementAsync("sqlite");
}
