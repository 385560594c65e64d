using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Named counters starting at 1, taken at the unit of work's save or at once; remembers which names were asked
/// for.</summary>
public sealed class FakeNumberSequences(FakeUnitOfWork uow) : INumberSequences
{
    private readonly Dictionary<string, long> _current = [];

    public IReadOnlyCollection<string> Names => _current.Keys;

    public void TakeOnSave(string name, Func<long, Result> use) => uow.OnSave(
        () =>
        {
            _current[name] = _current.GetValueOrDefault(name) + 1;
            var used = use(_current[name]);
            if (!used.IsSuccess) _current[name]--;
            return used;
        },
        () => _current[name]--);

    public Task<Result<long>> TakeAtOnceAsync(string name, CancellationToken ct)
    {
        _current[name] = _current.GetValueOrDefault(name) + 1;
        return Task.FromResult(Result.Success(_current[name]));
    }
}
