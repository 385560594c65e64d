using Orders.Application.Common;
using Orders.Domain.Common;

namespace Orders.Application.Outbox.ListMessages;

public sealed class ListOutboxMessagesHandler(IOutboxAdmin outbox)
{
    private static readonly string[] Statuses = ["pending", "sent", "dead"];

    public async Task<Result<PagedList<OutboxMessageDto>>> HandleAsync(ListOutboxMessagesQuery query, CancellationToken ct)
    {
        if (query.Status is not null && !Statuses.Contains(query.Status)) return OutboxErrors.UnknownStatus;
        var page = PageRequest.Create(query.Page, query.Limit);
        if (!page.IsSuccess) return page.Failed();
        return await outbox.ListAsync(query.Status, page.Value, ct);
    }
}
