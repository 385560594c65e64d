using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Notes.DeleteNote;

/// <summary>A note's author or an admin deletes it; <paramref name="ExpectedVersion"/> comes from If-Match.</summary>
public sealed record DeleteNoteCommand(OrderRef Order, UserContext User, string NoteId, int? ExpectedVersion = null);
