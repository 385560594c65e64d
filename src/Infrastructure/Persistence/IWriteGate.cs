namespace Orders.Infrastructure.Persistence;

/// <summary>Admits writers that work outside a unit of work to the database. SQLite takes one writer at a time: letting
/// writers collide there cost a fifth of the throughput, multiplied p99 by 20 and produced spurious conflicts, so they
/// queue in the process instead, taking turns with the units of work between <see cref="SqliteGroupCommit"/>'s groups.
/// PostgreSQL needs no gate (<see cref="OpenGate"/>).</summary>
public interface IWriteGate
{
    ValueTask<IDisposable> EnterAsync(CancellationToken ct);
}
