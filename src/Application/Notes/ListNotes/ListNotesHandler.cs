using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Notes.ListNotes;

/// <summary>An order's notes from its stored view, as its reader may see them: the owner customer notes only, admins all
/// (tombstones included); anyone else finds no order.</summary>
public sealed class ListNotesHandler(IOrderViews views)
{
    public async Task<Result<NoteList>> HandleAsync(ListNotesQuery query, CancellationToken ct)
    {
        var order = await views.FindAsync(query.Order, ct);
        return order is not null && query.User.CanSee(order.UserId)
            ? new NoteList(order.Id, order.Version, [.. order.Notes.VisibleTo(query.User)])
            : OrderErrors.NotFound(query.Order);
    }
}
