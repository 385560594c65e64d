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
}
