using Microsoft.EntityFrameworkCore;
using Orders.Application.Common.Idempotency;

namespace Orders.Infrastructure.Persistence.Repositories;

internal sealed class IdempotencyStore(OrdersDbContext db) : IIdempotencyStore
{
    public Task<IdempotencyRecord?> FindAsync(string userId, string key, CancellationToken ct) =>
        db.IdempotencyRecords.FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, ct);

    public void Add(IdempotencyRecord record) => db.IdempotencyRecords.Add(record);

    public void Remove(IdempotencyRecord record) => db.IdempotencyRecords.Remove(record);
}
