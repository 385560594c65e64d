using Orders.Domain.Common;

namespace Orders.Application.Common;

/// <summary>Named counters kept in the database. A value is taken inside the next
/// <see cref="IUnitOfWork.SaveChangesAsync"/> and handed to <c>use</c> before the changes are written, so whatever
/// records it is saved with it: unique across every server, and given back when the save fails, so a series has no
/// gaps.</summary>
public interface INumberSequences
{
    /// <summary>At the save, takes the next value of <paramref name="name"/> and passes it to <paramref name="use"/>; a
    /// failure it returns fails the save.</summary>
    void TakeOnSave(string name, Func<long, Result> use);
}
