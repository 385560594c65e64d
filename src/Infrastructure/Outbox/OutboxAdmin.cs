using Microsoft.EntityFrameworkCore;
using Orders.Application.Common;
using Orders.Application.Outbox;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Outbox;

internal sealed class OutboxAdmin(OrdersDbContext db, IReadRepository<OutboxMessage> messages) : IOutboxAdmin
{
    public Task<PagedList<OutboxMessageDto>> ListAsync(string? status, PageRequest page, CancellationToken ct) =>
        messages.PageAsync<OutboxMessageDto>(
            new OutboxMessageListSpec(Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var wanted) ? wanted : null, page), ct);

    public Task<OutboxMessage?> FindAsync(string id, CancellationToken ct) => db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, ct);
}
