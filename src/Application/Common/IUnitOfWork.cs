using Orders.Domain.Common;

namespace Orders.Application.Common;

/// <summary>The one way a use case writes. Everything the request changed (tracked aggregates, the writes the
/// <see cref="IStockReservations"/>, <see cref="IDiscountRedemptions"/> and <see cref="INumberSequences"/> ports
/// queued, and the outbox messages for the raised domain events) is saved in one transaction, or none of it is.
/// How that transaction runs on each engine, and its retries, are the adapter's business.</summary>
public interface IUnitOfWork
{
    /// <summary>Saves atomically. A queued write that cannot be made (not enough stock, a discount used up) comes back
    /// as its failure; a concurrent change to the same data as <c>concurrency.conflict</c>. Either way nothing is
    /// saved and the tracked changes are dropped.</summary>
    Task<Result> SaveChangesAsync(CancellationToken ct);

    /// <summary>Drops everything the request changed or queued so far, as a failed save would: a later save in this unit
    /// of work writes none of it. For answers computed on a loaded aggregate that must not be kept (a dry run).</summary>
    void Discard();
}
