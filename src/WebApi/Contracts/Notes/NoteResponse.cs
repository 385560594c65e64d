using Orders.Domain.Orders;

namespace Orders.WebApi.Contracts.Notes;

/// <summary>The note object of API.md. A deleted note is a tombstone: no body, with <c>deletedAt</c>.</summary>
public sealed record NoteResponse(
    string Id, string? Body, NoteVisibility Visibility, NoteAuthorResponse Author, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt,
    DateTimeOffset? DeletedAt);
