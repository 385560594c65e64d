using Orders.Application.Common;

namespace Orders.Application.Outbox;

/// <summary>What admins see of the outbox and how they re-queue a dead message.</summary>
public interface IOutboxAdmin
{
    /// <summary>Newest first; <paramref name="status"/> is pending, sent or dead, or null for all.</summary>
    Task<PagedList<OutboxMessageDto>> ListAsync(string? status, PageRequest page, CancellationToken ct);

    Task<Result<OutboxMessageDto>> RetryAsync(string id, CancellationToken ct);
}
