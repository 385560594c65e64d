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
        return errors.Count == 0 ? new DateRange(start, end) : Failure.Invalid("request.invalid_dates", "The date filter is not valid; see errors.", errors);
    }

    private static DateTimeOffset? Bound(string? value, TimeZoneInfo zone, bool endOfDay, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var day = endOfDay ? date.AddDays(1) : date;
            return StartOfDay(day, zone);
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant) && value.Contains('T'))
            return endOfDay ? instant.ToUniversalTime().AddTicks(1) : instant.ToUniversalTime();

        errors[field] = ["Must be a date (2026-03-02) or an ISO 8601 timestamp (2026-03-02T09:00:00Z)."];
        return null;
    }

    /// <summary>The first instant of <paramref name="day"/> in <paramref name="zone"/>. Where daylight saving time skips
    /// midnight the day starts when the clocks jump; where midnight happens twice it starts at the first one.</summary>
    private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
