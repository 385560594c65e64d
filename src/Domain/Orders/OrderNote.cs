namespace Orders.Domain.Orders;

/// <summary>A note on an order, internal (admins only) or for the customer too. Edits keep the earlier bodies; a delete
/// leaves a tombstone without a body. Changed only through <see cref="Order"/>.</summary>
public sealed class OrderNote
{
    public const int MaxBodyLength = 2000;

    private readonly List<NoteRevision> _revisions = [];

    internal OrderNote(string id, string body, NoteVisibility visibility, string authorId, NoteAuthorRole authorRole, DateTimeOffset now)
    {
        Id = id;
        Body = body;
        Visibility = visibility;
        AuthorId = authorId;
        AuthorRole = authorRole;
        CreatedAt = now;
    }

    private OrderNote()
    {
        Id = AuthorId = null!;
    }

    public string Id { get; private set; }

    /// <summary>Null once deleted.</summary>
    public string? Body { get; private set; }

    public NoteVisibility Visibility { get; private set; }

    public string AuthorId { get; private set; }

    public NoteAuthorRole AuthorRole { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>Earlier bodies, oldest first.</summary>
    public IReadOnlyList<NoteRevision> Revisions => _revisions;

    public bool IsDeleted => DeletedAt is not null;

    internal bool IsAuthor(Common.Actor by) => by.Id == AuthorId && by.IsAdmin == (AuthorRole == NoteAuthorRole.Admin);

    internal void Rewrite(string body, DateTimeOffset now)
    {
        _revisions.Add(new NoteRevision(Body!, EditedAt ?? CreatedAt));
        Body = body;
        EditedAt = now;
    }

    // A deleted note keeps no words, earlier ones included.
    internal void Delete(DateTimeOffset now)
    {
        Body = null;
        _revisions.Clear();
        DeletedAt = now;
    }
}
