namespace Orders.IntegrationTests.Fuzz;

/// <summary>Ids that exist in the fuzzed server, so some requests get past "not found" into the handlers. Keyed by the
/// route prefix whose path parameters they fill (<c>/api/orders</c> takes order ids and order numbers).</summary>
public sealed record FuzzTargets(IReadOnlyDictionary<string, IReadOnlyList<string>> IdsByRoute)
{
    public IReadOnlyList<string> IdsFor(string pathTemplate) =>
        IdsByRoute.Where(r => pathTemplate.StartsWith(r.Key, StringComparison.Ordinal)).OrderByDescending(r => r.Key.Length)
            .Select(r => r.Value).FirstOrDefault() ?? [];

    public IReadOnlyList<string> Ids(string route) => IdsByRoute.GetValueOrDefault(route) ?? [];
}
