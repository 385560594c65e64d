using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.Application.Outbox;

/// <summary>What admins see of the outbox and how they re-queue a dead message.</summary>
public interface IOutboxAdmin
{
    Task<PagedList<OutboxMessageDto>> ListAsync(string? status, PageRequest page, CancellationToken ct);

    Task<Result<OutboxMessageDto>> RetryAsync(string id, CancellationToken ct);
}
