using Orders.Application.Common;

namespace Orders.Application.Outbox;

/// <summary>What admins see of the outbox, and the message they change.</summary>
public interface IOutboxAdmin
{
    /// <summary>Newest first; <paramref name="status"/> is pending, sent or dead, or null for all.</summary>
    Task<PagedList<OutboxMessageDto>> ListAsync(string? status, PageRequest page, CancellationToken ct);

    /// <summary>The message, tracked: <see cref="IUnitOfWork.SaveChangesAsync"/> saves what the caller changes, unless it
    /// changed meanwhile.</summary>
    Task<OutboxMessage?> FindAsync(string id, CancellationToken ct);
}
