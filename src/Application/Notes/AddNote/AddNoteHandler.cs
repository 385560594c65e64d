using Mapster;
using Orders.Application.Common;
using Orders.Application.Common.Idempotency;
using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Notes.AddNote;

/// <summary>Writes a note on an order: the owner customer notes only, admins internal or customer notes (the order's
/// rules). Two notes racing take the same next id; the second to save loses on the order's version and, run again, takes
/// the next one.</summary>
public sealed class AddNoteHandler(OrderAccess access, NoteKeys keys, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<NoteAnswer>> HandleAsync(AddNoteCommand cmd, CancellationToken ct)
    {
        var loaded = await access.LoadVisibleAsync(cmd.Order, cmd.User, ct);
        if (!loaded.IsSuccess) return loaded.Failed();
        if (cmd.IdempotencyKey is { Length: 0 or > IdempotencyRecord.MaxKeyLength }) return NoteRequestErrors.KeyInvalid;
        var order = loaded.Value;

        NoteKey? key = null;
        if (cmd.IdempotencyKey is { } idempotencyKey)
        {
            var found = await keys.FindAsync(order.Id, cmd.User.Id, idempotencyKey, cmd.RequestHash(order.Id), ct);
            if (!found.IsSuccess) return found.Failed();
            // Before If-Match: a retry of a request that went through sends the version it was made against.
            if (found.Value.EarlierNoteId is { } earlier) return Replay(order, earlier, cmd.User);
            key = found.Value;
        }

        if (cmd.ExpectedVersion is { } expected && expected != order.Version) return OrderErrors.VersionMismatch(order.Version, expected);

        var now = clock.GetUtcNow();
        var note = order.AddNote(cmd.User.AsActor(), cmd.Body, cmd.Visibility, now);
        if (!note.IsSuccess) return note.Failed();
        key?.Complete(note.Value.Id, now);

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new NoteAnswer(order.Id, order.Version, note.Value.Adapt<NoteDto>(mapping)) : saved.Failed();
    }

    private Result<NoteAnswer> Replay(Order order, string noteId, UserContext user)
    {
        var note = order.Notes.FirstOrDefault(n => n.Id == noteId);
        // The order was read before the request that used the key committed, its key after: a lost race, which runs again
        // on fresh data (ConflictRetry) and finds the note then. Fresh: the stale order is dropped, or the next load would be
        // handed the same tracked copy.
        if (note is null)
        {
            uow.Discard();
            return UnitOfWorkErrors.ConcurrentChange;
        }

        return Order.NoteVisibleTo(note, user.IsAdmin)
            ? new NoteAnswer(order.Id, order.Version, note.Adapt<NoteDto>(mapping), Replayed: true)
            : NoteErrors.NotFound(noteId);
    }
}
