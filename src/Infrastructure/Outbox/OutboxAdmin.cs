using Mapster;
using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Application.Outbox;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Outbox;

internal sealed class OutboxAdmin(OrdersDbContext db, IReadRepository<OutboxMessage> messages, IWriteGate gate, TimeProvider clock,
    TypeAdapterConfig mapping) : IOutboxAdmin
{
    public Task<PagedList<OutboxMessageDto>> ListAsync(string? status, PageRequest page, CancellationToken ct) =>
        messages.PageAsync<OutboxMessageDto>(
            new OutboxMessageListSpec(Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var wanted) ? wanted : null, page), ct);

    public async Task<Result<OutboxMessageDto>> RetryAsync(string id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        int requeued;
        using (await gate.EnterAsync(ct))
        {
            requeued = await db.Set<OutboxMessage>()
                .Where(m => m.Id == id && m.Status == OutboxStatus.Dead)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending).SetProperty(m => m.Attempts, 0)
                    .SetProperty(m => m.NextAttemptAt, now), ct);
        }

        var message = await db.Set<OutboxMessage>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (message is null) return OutboxErrors.NotFound(id);
        if (requeued == 0)
            return OutboxErrors.NotDead(id, message.Status.ToString().ToLowerInvariant());
        return message.Adapt<OutboxMessageDto>(mapping);
    }
}
