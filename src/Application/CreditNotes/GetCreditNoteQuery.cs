using Orders.Application.Common;
using Orders.Domain.Orders;

namespace Orders.Application.CreditNotes;

public sealed record GetCreditNoteQuery(OrderRef Order, string Number, UserContext User);
