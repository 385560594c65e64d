namespace Orders.Application.Outbox.RetryMessage;

/// <summary>Puts a dead message back in the queue with its attempts reset.</summary>
public sealed class RetryOutboxMessageHandler(IOutboxAdmin outbox)
{
    public Task<Result<OutboxMessageDto>> HandleAsync(RetryOutboxMessageCommand cmd, CancellationToken ct) => outbox.RetryAsync(cmd.Id, ct);
}
