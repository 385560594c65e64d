using Orders.Domain.Common;

namespace Orders.Application.CreditNotes;

public static class CreditNoteErrors
{
    public static Result NotFound(string number) => Failure.NotFound("credit_note.not_found", $"The order has no credit note {number}.");
}
