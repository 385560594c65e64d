namespace Orders.Application.Orders.Stats;

/// <summary>Dates as the API takes them: a date is that whole day in the shop's time zone, a timestamp that instant.</summary>
public sealed record GetOrderStatsQuery(string? DateFrom, string? DateTo);
