using Orders.Application.Common.Idempotency;

namespace Orders.UnitTests.Fakes;

public sealed class InMemoryIdempotencyStore : IIdempotencyStore
{
    private readonly List<IdempotencyRecord> _records = [];

    public IReadOnlyList<IdempotencyRecord> Records => _records;

    public Task<IdempotencyRecord?> FindAsync(string userId, string key, CancellationToken ct) =>
        Task.FromResult(_records.FirstOrDefault(r => r.UserId == userId && r.Key == key));

    public void Add(IdempotencyRecord record) => _records.Add(record);

    public void Remove(IdempotencyRecord record) => _records.Remove(record);
}
