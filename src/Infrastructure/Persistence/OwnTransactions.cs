using Orders.Domain.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>One database transaction per unit of work, for engines with concurrent writers (PostgreSQL).</summary>
internal sealed class OwnTransactions : IWriteTransactions
{
    public async Task<Result<T>> RunAsync<T>(OrdersDbContext db, Func<CancellationToken, Task<Result<T>>> work, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var result = await work(ct);
            if (result.IsSuccess)
            {
                await transaction.CommitAsync(ct);
                return result;
            }

            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return result;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
