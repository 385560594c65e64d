using Orders.Application.Orders;
using Orders.Domain.Common;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Outbox;

/// <summary><c>data.note</c>: a customer note as <c>GET /orders/{id}/notes/{nid}</c> answers it. Only a note the customer
/// may read is ever written here: <see cref="From"/> refuses an internal one.</summary>
public sealed record WebhookNote(
    string Id, string? Body, string Visibility, WebhookNoteAuthor Author, DateTime CreatedAt, DateTime? EditedAt, DateTime? DeletedAt)
{
    /// <exception cref="InvalidOperationException">The note is internal: nothing outside the admins' answers carries it.</exception>
    public static WebhookNote From(NoteDto note)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (note.Visibility != NoteVisibility.Customer)
            throw new InvalidOperationException($"Note {note.Id} is {note.Visibility.ToSnakeCase()}; no webhook carries it.");
        return new WebhookNote(note.Id, note.Body, note.Visibility.ToSnakeCase(), new WebhookNoteAuthor(note.Author.Id, note.Author.Role.ToSnakeCase()),
            note.CreatedAt.UtcDateTime, note.EditedAt?.UtcDateTime, note.DeletedAt?.UtcDateTime);
    }
}
