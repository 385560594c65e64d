namespace Orders.Domain.Orders;

/// <summary>A note's body as it read before an edit replaced it, and since when it had read so.</summary>
public sealed record NoteRevision(string Body, DateTimeOffset WrittenAt);
