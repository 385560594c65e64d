using Orders.Application.Common;

namespace Orders.UnitTests.Application.Common;

public sealed class DateRangeTests
{
    private static readonly TimeZoneInfo Santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");

    [Fact]
    public void Parse_PlainDates_MeanWholeDaysInTheShopsZone()
    {
        var range = DateRange.Parse("2026-03-02", "2026-03-02", TimeZoneInfo.Utc).Value;

        range.From.ShouldBe(new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        range.ToExclusive.ShouldBe(new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Parse_WhenDaylightSavingTimeSkipsMidnight_TheDayStartsWhenTheClocksJump()
    {
        // Santiago moves from 00:00 (-04) straight to 01:00 (-03) on 2026-09-06.
        var day = DateRange.Parse("2026-09-06", "2026-09-06", Santiago).Value;
        day.From.ShouldBe(new DateTimeOffset(2026, 9, 6, 4, 0, 0, TimeSpan.Zero));
        DateRange.Parse(null, "2026-09-05", Santiago).Value.ToExclusive.ShouldBe(day.From);
    }

    [Fact]
    public void Parse_WhenMidnightHappensTwice_TheDayStartsAtTheFirst()
    {
        // Havana goes back from 01:00 (-04) to 00:00 (-05) on 2026-11-01.
        var havana = TimeZoneInfo.FindSystemTimeZoneById("America/Havana");

        DateRange.Parse("2026-11-01", null, havana).Value.From.ShouldBe(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Parse_ATimestamp_IsThatInstant_AndGarbageIsRefused()
    {
        DateRange.Parse("2026-03-02T09:00:00+01:00", null, Santiago).Value.From.ShouldBe(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        DateRange.Parse("yesterday", null, Santiago).IsSuccess.ShouldBeFalse();
    }

    // UTC+14 all year (POSIX names invert the sign); real zones use local mean time near year 1.
    private static readonly TimeZoneInfo Kiritimati = TimeZoneInfo.FindSystemTimeZoneById("Etc/GMT-14");

    [Fact]
    public void Parse_TheLastDay_AsDateTo_MeansNoUpperBound()
    {
        DateRange.Parse(null, "9999-12-31", TimeZoneInfo.Utc).Value.ToExclusive.ShouldBeNull();
        DateRange.Parse(null, "9999-12-31", Santiago).Value.ToExclusive.ShouldBeNull();
        DateRange.Parse(null, "9999-12-31", Kiritimati).Value.ToExclusive.ShouldBe(new DateTimeOffset(9999, 12, 31, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Parse_TheFirstDay_AsDateFromEastOfUtc_MeansNoLowerBound()
    {
        var range = DateRange.Parse("0001-01-01", "0001-01-01", Kiritimati).Value;

        range.From.ShouldBeNull();
        range.ToExclusive.ShouldBe(new DateTimeOffset(1, 1, 1, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Parse_TheLastDay_AsDateFromWestOfUtc_StartsAtTheLastInstant()
    {
        DateRange.Parse("9999-12-31", "9999-12-31", Santiago).Value.From.ShouldBe(new DateTimeOffset(9999, 12, 31, 3, 0, 0, TimeSpan.Zero));
        DateRange.Parse("9999-12-31", null, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Pago_Pago")).Value.From.ShouldBe(new DateTimeOffset(9999, 12, 31, 11, 0, 0, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59.9999999Z")]
    [InlineData("9999-12-31T23:59:59.9999999+00:00")]
    public void Parse_TheLastInstant_IsAValidBoundOnBothEnds(string instant)
    {
        var range = DateRange.Parse(instant, instant, TimeZoneInfo.Utc).Value;

        range.From.ShouldBe(DateTimeOffset.MaxValue);
        range.ToExclusive.ShouldBeNull();
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00+05:00")]
    [InlineData("9999-12-31T23:00:00-05:00")]
    [InlineData("10000-01-01")]
    public void Parse_AnInstantOutsideTheCalendar_IsRefused(string value) =>
        DateRange.Parse(value, null, TimeZoneInfo.Utc).IsSuccess.ShouldBeFalse();
}
