using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Counts saves and runs the writes the fake ports queued, in order: when one fails, those before it are undone
/// and the save answers its failure, as the database's transaction would.</summary>
public sealed class FakeUnitOfWork : IUnitOfWork
{
    private readonly List<(Func<Result> Apply, Action Undo)> _writes = [];

    public int Saves { get; private set; }

    /// <summary>The next save fails with this, after its writes were undone.</summary>
    public Result? FailNextSaveWith { get; set; }

    public void OnSave(Func<Result> apply, Action undo) => _writes.Add((apply, undo));

    /// <summary>Raised after a save succeeded, and after one failed, for fakes that keep what was saved.</summary>
    public event Action? Committed;

    public event Action? RolledBack;

    public int Discards { get; private set; }

    /// <summary>Drops the queued writes, as the real unit of work drops its tracked changes.</summary>
    public void Discard()
    {
        Discards++;
        _writes.Clear();
    }

    public Task<Result> SaveChangesAsync(CancellationToken ct)
    {
        Saves++;
        var writes = _writes.ToList();
        _writes.Clear();
        var done = new Stack<Action>();
        foreach (var (apply, undo) in writes)
        {
            var applied = apply();
            if (!applied.IsSuccess) return Task.FromResult(Undo(done, applied));
            done.Push(undo);
        }

        if (FailNextSaveWith is { } failure)
        {
            FailNextSaveWith = null;
            return Task.FromResult(Undo(done, failure));
        }

        Committed?.Invoke();
        return Task.FromResult(Result.Success());
    }

    private Result Undo(Stack<Action> done, Result failure)
    {
        while (done.TryPop(out var undo)) undo();
        RolledBack?.Invoke();
        return failure;
    }
}
