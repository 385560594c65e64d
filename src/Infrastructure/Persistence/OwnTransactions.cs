using Orders.Domain.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>One database transaction per unit of work, for engines with concurrent writers (PostgreSQL).</summary>
internal sealed class OwnTransactions : IWriteTransactions
{
    public async Task<Result> RunAsync(OrdersDbContext db, Func<CancellationToken, Task<Result>> work, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await work(ct);
        if (result.IsSuccess) await transaction.CommitAsync(ct);
        else await transaction.RollbackAsync(CancellationToken.None);
        return result;
    }
}
