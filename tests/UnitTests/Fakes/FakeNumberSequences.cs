using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Named counters starting at 1, taken at the unit of work's save; remembers which names were asked for. With
/// <see cref="AtOnce"/> they are also taken at once, outside any save, as PostgreSQL's sequences are.</summary>
public sealed class FakeNumberSequences(FakeUnitOfWork uow) : INumberSequences
{
    private readonly Dictionary<string, long> _current = [];

    public IReadOnlyCollection<string> Names => _current.Keys;

    /// <summary>Counters that may skip are taken at once (PostgreSQL); off, the caller takes them at a save (SQLite).</summary>
    public bool AtOnce { get; set; }

    public void TakeOnSave(string name, Func<long, Result> use) => uow.OnSave(
        () =>
        {
            _current[name] = _current.GetValueOrDefault(name) + 1;
            var used = use(_current[name]);
            if (!used.IsSuccess) _current[name]--;
            return used;
        },
        () => _current[name]--);

    public Task<long?> TakeAtOnceAsync(string name, CancellationToken ct)
    {
        if (!AtOnce) return Task.FromResult<long?>(null);
        _current[name] = _current.GetValueOrDefault(name) + 1;
        return Task.FromResult<long?>(_current[name]);
    }
}
