using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.UnitTests.Fakes;

/// <summary>Runs the work as given and counts saves; there is no database to roll back.</summary>
public sealed class FakeUnitOfWork : IUnitOfWork
{
    public int Saves { get; private set; }

    public int Transactions { get; private set; }

    public Task<Result> SaveChangesAsync(CancellationToken ct)
    {
        Saves++;
        return Task.FromResult(Result.Success());
    }

    public async Task<Result<T>> InTransactionAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken ct)
    {
        Transactions++;
        return await work(ct);
    }
}
