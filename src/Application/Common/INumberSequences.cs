using Orders.Domain.Common;

namespace Orders.Application.Common;

/// <summary>Named counters kept in the database. A value is taken inside the next
/// <see cref="IUnitOfWork.SaveChangesAsync"/> and handed to <c>use</c> before the changes are written, so whatever
/// records it is saved with it: unique across every server, and given back when the save fails, so a series has no
/// gaps. A series that may skip is taken at once instead (<see cref="TakeAtOnceAsync"/>), outside the caller's unit of
/// work.</summary>
public interface INumberSequences
{
    /// <summary>At the save, takes the next value of <paramref name="name"/> and passes it to <paramref name="use"/>; a
    /// failure it returns fails the save.</summary>
    void TakeOnSave(string name, Func<long, Result> use);

    /// <summary>Takes the next value of <paramref name="name"/> now, outside the caller's unit of work, without waiting
    /// for another transaction: PostgreSQL from a sequence (continuing past the name's counter row), SQLite from a block
    /// of values this process reserved in the counter row with one write. Values are unique and increasing (on SQLite,
    /// within the one process that writes the file); a value is never given back, so the series may skip. Fails only
    /// when the database cannot take the write (busy).</summary>
    Task<Result<long>> TakeAtOnceAsync(string name, CancellationToken ct);
}
