using Mapster;
using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.Application.Outbox.RetryMessage;

/// <summary>Puts a dead message back in the queue with its attempts reset.</summary>
public sealed class RetryOutboxMessageHandler(IOutboxAdmin outbox, IUnitOfWork uow, TimeProvider clock, TypeAdapterConfig mapping)
{
    public async Task<Result<OutboxMessageDto>> HandleAsync(RetryOutboxMessageCommand cmd, CancellationToken ct)
    {
        var message = await outbox.FindAsync(cmd.Id, ct);
        if (message is null) return OutboxErrors.NotFound(cmd.Id);

        var retried = message.Retry(clock.GetUtcNow());
        if (!retried.IsSuccess) return retried.Failed();

        var saved = await uow.SaveChangesAsync(ct);
        return saved.IsSuccess ? message.Adapt<OutboxMessageDto>(mapping) : saved.Failed();
    }
}
