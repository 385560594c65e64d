using System.Globalization;
using Orders.Domain.Common;

namespace Orders.Application.Common;

/// <summary>A filter's <c>dateFrom</c>/<c>dateTo</c> as instants. A plain date (2026-03-02) means that whole day in the
/// shop's time zone, both ends inclusive; a full timestamp means that instant.</summary>
public sealed record DateRange(DateTimeOffset? From, DateTimeOffset? ToExclusive)
{
    public static Result<DateRange> Parse(string? from, string? to, TimeZoneInfo zone)
    {
        var errors = new Dictionary<string, string[]>();
        var start = Bound(from, zone, endOfDay: false, "dateFrom", errors);
        var end = Bound(to, zone, endOfDay: true, "dateTo", errors);
        if (start >= end) errors["dateTo"] = ["Must not be before dateFrom."];
        return errors.Count == 0 ? new DateRange(start, end) : RequestErrors.InvalidDates(errors);
    }

    private static DateTimeOffset? Bound(string? value, TimeZoneInfo zone, bool endOfDay, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (endOfDay && date == DateOnly.MaxValue) return EndOfLastDay(zone);
            return StartOfDay(endOfDay ? date.AddDays(1) : date, zone, endOfDay);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) && value.Contains('T'))
        {
            var utc = instant.ToUniversalTime();
            if (!endOfDay) return utc;
            return utc == DateTimeOffset.MaxValue ? null : utc.AddTicks(1);
        }

        errors[field] = ["Must be a date (2026-03-02) or an ISO 8601 timestamp (2026-03-02T09:00:00Z)."];
        return null;
    }

    /// <summary>The midnight after 9999-12-31 has no DateTime: it is a representable instant only east of UTC.</summary>
    private static DateTimeOffset? EndOfLastDay(TimeZoneInfo zone)
    {
        var utcTicks = DateTime.MaxValue.Ticks + 1 - zone.GetUtcOffset(DateTime.MaxValue).Ticks;
        return utcTicks > DateTimeOffset.MaxValue.UtcTicks ? null : new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }

    /// <summary>The first instant of <paramref name="day"/> in <paramref name="zone"/>. Where daylight saving time skips
    /// midnight the day starts when the clocks jump; where midnight happens twice it starts at the first one. Near the
    /// ends of the calendar the instant may not be representable (0001-01-01 east of UTC, 10000-01-01 west of it): a
    /// start before the first instant is no bound, an end after the last is no bound, a start after the last is the last.</summary>
    private static DateTimeOffset? StartOfDay(DateOnly day, TimeZoneInfo zone, bool isEnd)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTimeOffset.MinValue.UtcTicks) return isEnd ? DateTimeOffset.MinValue : null;
        if (utcTicks > DateTimeOffset.MaxValue.UtcTicks) return isEnd ? null : DateTimeOffset.MaxValue;
        return new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }
}
