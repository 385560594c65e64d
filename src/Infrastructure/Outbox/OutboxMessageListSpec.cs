using Ardalis.Specification;
using Orders.Application.Common;
using Orders.Application.Outbox;

namespace Orders.Infrastructure.Outbox;

/// <summary>Newest first, optionally one status.</summary>
internal sealed class OutboxMessageListSpec : PagedSpecification<OutboxMessage>
{
    public OutboxMessageListSpec(OutboxStatus? status, PageRequest page) : base(page)
    {
        Query.AsNoTracking();
        if (status is { } wanted) Query.Where(m => m.Status == wanted);
        Query.OrderByDescending(m => m.CreatedAt).ThenBy(m => m.Id);
    }
}
