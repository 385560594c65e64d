namespace Orders.Application.Common.Idempotency;

public interface IIdempotencyStore
{
    Task<IdempotencyRecord?> FindAsync(string userId, string key, CancellationToken ct);

    void Add(IdempotencyRecord record);

    void Remove(IdempotencyRecord record);
}
