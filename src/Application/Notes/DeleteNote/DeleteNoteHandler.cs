using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;

namespace Orders.Application.Notes.DeleteNote;

/// <summary>Deletes a note, by its author or an admin: it stays as a tombstone (no body, no earlier revisions), which is
/// the answer.</summary>
public sealed class DeleteNoteHandler(OrderAccess access, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<NoteAnswer>> HandleAsync(DeleteNoteCommand cmd, CancellationToken ct)
    {
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();

        var note = order.Value.DeleteNote(cmd.User.AsActor(), cmd.NoteId, clock.GetUtcNow());
        if (!note.IsSuccess) return note.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new NoteAnswer(order.Value.Id, order.Value.Version, note.Value.Adapt<NoteDto>(mapping)) : saved.Failed();
    }
}
