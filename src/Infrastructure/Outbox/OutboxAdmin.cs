using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Application.Outbox;
using Orders.Domain.Common;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Outbox;

internal sealed class OutboxAdmin(OrdersDbContext db, IWriteGate gate, TimeProvider clock) : IOutboxAdmin
{
    public async Task<PagedList<OutboxMessageDto>> ListAsync(string? status, PageRequest page, CancellationToken ct)
    {
        var messages = db.Set<OutboxMessage>().AsNoTracking();
        if (Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var wanted)) messages = messages.Where(m => m.Status == wanted);
        var total = await messages.CountAsync(ct);
        var items = await messages.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id).Skip(page.Skip).Take(page.Limit).ToListAsync(ct);
        return new PagedList<OutboxMessageDto>([.. items.Select(ToDto)], page.Page, page.Limit, total);
    }

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
        if (message is null) return Failure.NotFound("outbox.not_found", $"Outbox message {id} not found.");
        if (requeued == 0)
            return Failure.Conflict("outbox.not_dead", $"Outbox message {id} is {message.Status.ToString().ToLowerInvariant()}; only dead messages are retried.");
        return ToDto(message);
    }

    private static OutboxMessageDto ToDto(OutboxMessage m) => new(
        m.Id, m.Kind, m.EventId, m.EventType, m.OrderId, m.Target, m.Status.ToString().ToLowerInvariant(), m.Attempts, m.NextAttemptAt,
        m.LastError, m.CreatedAt, m.SentAt);
}
