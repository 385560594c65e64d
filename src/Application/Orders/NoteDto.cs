using Orders.Domain.Orders;

namespace Orders.Application.Orders;

/// <summary>A note as its readers see it: never its earlier revisions, and no body once deleted.</summary>
public sealed record NoteDto
{
    public string Id { get; init; } = "";
    public string? Body { get; init; }
    public NoteVisibility Visibility { get; init; }
    public NoteAuthorDto Author { get; init; } = new();
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? EditedAt { get; init; }
    public DateTimeOffset? DeletedAt { get; init; }
}
