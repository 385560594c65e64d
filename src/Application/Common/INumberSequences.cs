using Orders.Domain.Common;

namespace Orders.Application.Common;

/// <summary>Named counters kept in the database. A value is taken inside the next
/// <see cref="IUnitOfWork.SaveChangesAsync"/> and handed to <c>use</c> before the changes are written, so whatever
/// records it is saved with it: unique across every server, and given back when the save fails, so a series has no
/// gaps. A series that may skip can instead be taken at once (<see cref="TakeAtOnceAsync"/>) where the database allows.</summary>
public interface INumberSequences
{
    /// <summary>At the save, takes the next value of <paramref name="name"/> and passes it to <paramref name="use"/>; a
    /// failure it returns fails the save.</summary>
    void TakeOnSave(string name, Func<long, Result> use);

    /// <summary>Takes the next value of <paramref name="name"/> now, outside any unit of work, from a counter that never
    /// waits for another transaction (PostgreSQL: a sequence, continuing past the name's counter row). The value is never
    /// given back, so the series may skip. Null where the database has no such counter (SQLite, whose single writer
    /// bumps the counter row without contention): take it with <see cref="TakeOnSave"/> then.</summary>
    Task<long?> TakeAtOnceAsync(string name, CancellationToken ct);
}
