using Orders.Domain.Common;
using Orders.Domain.Orders.Events;

namespace Orders.Domain.Orders;

public sealed partial class Order
{
    public const int MaxNotes = 200;

    private readonly List<OrderNote> _notes = [];

    /// <summary>Every note, internal ones included: callers show each reader only what <see cref="NoteVisibleTo"/> allows.</summary>
    public IReadOnlyList<OrderNote> Notes => _notes;

    /// <summary>Admins read every note, the customer only those for them.</summary>
    public static bool NoteVisibleTo(OrderNote note, bool readerIsAdmin) => readerIsAdmin || note.Visibility == NoteVisibility.Customer;

    /// <summary>The owner writes notes for themselves and the shop; admins write internal notes or notes for the customer.</summary>
    public Result<OrderNote> AddNote(Actor by, string? body, NoteVisibility? visibility, DateTimeOffset now)
    {
        if (!by.IsAdmin && by.Id != UserId) return NoteErrors.NotAuthor;
        var checkedBody = CheckBody(body);
        if (!checkedBody.IsSuccess) return checkedBody.Failed();
        if (visibility is not { } seenBy) return NoteErrors.VisibilityRequired;
        if (!by.IsAdmin && seenBy != NoteVisibility.Customer) return NoteErrors.CustomerNotesOnly;
        if (_notes.Count >= MaxNotes) return NoteErrors.TooMany;

        var note = new OrderNote($"nt_{Id}_{_notes.Count + 1}", checkedBody.Value, seenBy, by.Id,
            by.IsAdmin ? NoteAuthorRole.Admin : NoteAuthorRole.Customer, now);
        _notes.Add(note);
        Touch(now);
        if (seenBy == NoteVisibility.Customer) Raise(new NoteAdded(Id, OrderNumber, note.Id, by.IsAdmin, now));
        return note;
    }

    /// <summary>Its author rewrites a note; the earlier body is kept. The same body again changes nothing.</summary>
    public Result<OrderNote> EditNote(Actor by, string noteId, string? body, DateTimeOffset now)
    {
        var note = FindNote(noteId, by);
        if (!note.IsSuccess) return note;
        if (!note.Value.IsAuthor(by)) return NoteErrors.NotAuthor;
        if (note.Value.IsDeleted) return NoteErrors.Deleted(noteId);
        var checkedBody = CheckBody(body);
        if (!checkedBody.IsSuccess) return checkedBody.Failed();
        if (checkedBody.Value == note.Value.Body) return note;

        note.Value.Rewrite(checkedBody.Value, now);
        Touch(now);
        return note;
    }

    /// <summary>Its author or an admin deletes a note, which stays as a tombstone. Deleting it again changes nothing.</summary>
    public Result<OrderNote> DeleteNote(Actor by, string noteId, DateTimeOffset now)
    {
        var note = FindNote(noteId, by);
        if (!note.IsSuccess) return note;
        if (!by.IsAdmin && !note.Value.IsAuthor(by)) return NoteErrors.NotAuthor;
        if (note.Value.IsDeleted) return note;

        note.Value.Delete(now);
        Touch(now);
        return note;
    }

    // A note the reader may not see does not exist for them.
    private Result<OrderNote> FindNote(string noteId, Actor by)
    {
        var note = _notes.Find(n => n.Id == noteId);
        return note is not null && NoteVisibleTo(note, by.IsAdmin) ? note : NoteErrors.NotFound(noteId);
    }

    private static Result<string> CheckBody(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return NoteErrors.BodyRequired;
        var trimmed = body.Trim();
        return trimmed.Length > OrderNote.MaxBodyLength ? NoteErrors.BodyTooLong : trimmed;
    }
}
