using Orders.Domain.Common;

namespace Orders.Domain.Orders;

public static class NoteErrors
{
    public static Result NotFound(string id) => Failure.NotFound("note.not_found", $"The order has no note {id}.");

    public static Result BodyRequired => Failure.Field("body", "Is required.");

    public static Result BodyTooLong => Failure.Field("body", $"Must be at most {OrderNote.MaxBodyLength} characters.");

    public static Result VisibilityRequired => Failure.Field("visibility", "Is required: internal or customer.");

    public static Result CustomerNotesOnly => Failure.Forbidden("note.forbidden", "Customers write notes with visibility customer only.");

    public static Result NotAuthor => Failure.Forbidden("note.forbidden", "Only a note's author edits it; its author or an admin deletes it.");

    public static Result Deleted(string id) => Failure.Conflict("note.deleted", $"Note {id} was deleted.");

    public static Result TooMany => Failure.Conflict("note.limit", $"An order holds at most {Order.MaxNotes} notes.");
}
