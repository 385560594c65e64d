using Mapster;
using Orders.Application.Common;
using Orders.Application.Orders;
using Orders.Domain.Common;

namespace Orders.Application.Notes.EditNote;

/// <summary>Rewrites a note, by its author only (admins included: another admin's note is theirs); the order keeps the
/// earlier body.</summary>
public sealed class EditNoteHandler(OrderAccess access, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<NoteAnswer>> HandleAsync(EditNoteCommand cmd, CancellationToken ct)
    {
        var order = await access.LoadVisibleAtAsync(cmd.Order, cmd.User, cmd.ExpectedVersion, ct);
        if (!order.IsSuccess) return order.Failed();

        var note = order.Value.EditNote(cmd.User.AsActor(), cmd.NoteId, cmd.Body, clock.GetUtcNow());
        if (!note.IsSuccess) return note.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? new NoteAnswer(order.Value.Id, order.Value.Version, note.Value.Adapt<NoteDto>(mapping)) : saved.Failed();
    }
}
