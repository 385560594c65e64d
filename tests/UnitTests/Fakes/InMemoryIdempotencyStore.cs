using System.Reflection;
using Orders.Application.Common.Idempotency;

namespace Orders.UnitTests.Fakes;

/// <summary>Records in a list. Given a unit of work, a failed save puts back the records as the last successful save
/// left them, as copies (changes made to the old objects are gone, like a database's rollback).</summary>
public sealed class InMemoryIdempotencyStore
    : IIdempotencyStore
{
    private static readonly MethodInfo Copy = typeof(object).GetMethod("MemberwiseClone", BindingFlags.Instance | BindingFlags.NonPublic)!;

    private List<IdempotencyRecord> _records = [];
    private List<IdempotencyRecord> _saved = [];

    public InMemoryIdempotencyStore(FakeUnitOfWork? uow = null)
    {
        if (uow is null) return;
        uow.Committed += () => _saved = [.. _records.Select(Clone)];
        uow.RolledBack += () => _records = [.. _saved.Select(Clone)];
    }

    public IReadOnlyList<IdempotencyRecord> Records => _records;

    public Task<IdempotencyRecord?> FindAsync(string userId, string key, CancellationToken ct) =>
        Task.FromResult(_records.FirstOrDefault(r => r.UserId == userId && r.Key == key));

    public void Add(IdempotencyRecord record) => _records.Add(record);

    public void Remove(IdempotencyRecord record) => _records.Remove(record);

    private static IdempotencyRecord Clone(IdempotencyRecord record) => (IdempotencyRecord)Copy.Invoke(record, null)!;
}
