namespace Orders.Application.Outbox.ListMessages;

public sealed record ListOutboxMessagesQuery(string? Status, int? Page, int? Limit);
