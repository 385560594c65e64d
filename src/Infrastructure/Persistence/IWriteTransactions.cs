using Orders.Domain.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>How a unit of work's transaction runs on this engine: each in its own on PostgreSQL
/// (<see cref="OwnTransactions"/>), several in one commit on SQLite (<see cref="SqliteGroupCommit"/>).</summary>
internal interface IWriteTransactions
{
    /// <summary>Runs <paramref name="work"/> on <paramref name="db"/> in a transaction. It answers success only once the
    /// work is committed; a failure, or an exception, leaves nothing of the work in the database.</summary>
    Task<Result> RunAsync(OrdersDbContext db, Func<CancellationToken, Task<Result>> work, CancellationToken ct);
}
