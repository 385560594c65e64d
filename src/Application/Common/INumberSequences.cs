namespace Orders.Application.Common;

/// <summary>Named counters kept in the database: each call inside a transaction takes the next value, unique across
/// every server; a rolled-back transaction gives its value back.</summary>
public interface INumberSequences
{
    Task<long> NextAsync(string name, CancellationToken ct);
}
