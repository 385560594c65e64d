using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.Notes.ListNotes;

public sealed record ListNotesQuery(OrderRef Order, UserContext User);
