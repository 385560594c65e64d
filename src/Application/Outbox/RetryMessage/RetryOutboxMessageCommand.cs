namespace Orders.Application.Outbox.RetryMessage;

public sealed record RetryOutboxMessageCommand(string Id);
