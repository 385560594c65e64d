using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Notes.GetNote;

public sealed record GetNoteQuery(OrderRef Order, UserContext User, string NoteId);
