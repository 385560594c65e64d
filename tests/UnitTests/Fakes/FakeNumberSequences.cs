using Orders.Application.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Named counters starting at 1; remembers which names were asked for.</summary>
public sealed class FakeNumberSequences : INumberSequences
{
    private readonly Dictionary<string, long> _current = [];

    public IReadOnlyCollection<string> Names => _current.Keys;

    public Task<long> NextAsync(string name, CancellationToken ct)
    {
        _current[name] = _current.GetValueOrDefault(name) + 1;
        return Task.FromResult(_current[name]);
    }
}
