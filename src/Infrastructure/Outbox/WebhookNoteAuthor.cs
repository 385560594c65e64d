namespace Orders.Infrastructure.Outbox;

/// <summary>Who wrote a note: a user id and <c>customer</c> or <c>admin</c>.</summary>
public sealed record WebhookNoteAuthor(string Id, string Role);
