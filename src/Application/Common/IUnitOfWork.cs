using Orders.Domain.Common;

namespace Orders.Application.Common;

public interface IUnitOfWork
{
    /// <summary>Saves every tracked change and turns raised domain events into outbox messages, atomically.
    /// A concurrent change to the same aggregate comes back as a conflict.</summary>
    Task<Result> SaveChangesAsync(CancellationToken ct);

    /// <summary>Runs <paramref name="work"/> in one database transaction, serialized with other writers where the
    /// engine admits only one; saves and commits when it succeeds, rolls everything back when it fails.</summary>
    Task<Result<T>> InTransactionAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken ct);
}
