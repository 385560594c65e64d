using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Notes.EditNote;

/// <summary>A note's author rewrites it; <paramref name="ExpectedVersion"/> comes from If-Match.</summary>
public sealed record EditNoteCommand(OrderRef Order, UserContext User, string NoteId, string? Body, int? ExpectedVersion = null);
