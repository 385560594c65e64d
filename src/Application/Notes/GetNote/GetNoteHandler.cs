using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Notes.GetNote;

/// <summary>One note from its order's stored view. A note its reader may not see (an internal note, for the customer)
/// does not exist for them, as another user's order does not.</summary>
public sealed class GetNoteHandler(IOrderViews views)
{
    public async Task<Result<NoteAnswer>> HandleAsync(GetNoteQuery query, CancellationToken ct)
    {
        var order = await views.FindAsync(query.Order, ct);
        if (order is null || !query.User.CanSee(order.UserId)) return OrderErrors.NotFound(query.Order);
        var note = order.Notes.VisibleTo(query.User).FirstOrDefault(n => n.Id == query.NoteId);
        return note is null ? NoteErrors.NotFound(query.NoteId) : new NoteAnswer(order.Id, order.Version, note);
    }
}
