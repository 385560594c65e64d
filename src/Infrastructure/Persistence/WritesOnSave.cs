using Orders.Domain.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>The writes the ports queued for the current unit of work (conditional stock and redemption updates, numbers
/// taken from a series), run in order inside its transaction just before the tracked changes are saved. They stay
/// queued until the unit of work ends, so a transaction that is retried runs them again.</summary>
internal sealed class WritesOnSave
{
    private readonly List<Func<OrdersDbContext, CancellationToken, Task<Result>>> _writes = [];

    public void Add(Func<OrdersDbContext, CancellationToken, Task<Result>> write) => _writes.Add(write);

    public async Task<Result> RunAsync(OrdersDbContext db, CancellationToken ct)
    {
        foreach (var write in _writes)
        {
            var done = await write(db, ct);
            if (!done.IsSuccess) return done;
        }

        return Result.Success();
    }

    public void Clear() => _writes.Clear();
}
