using Orders.Application.Common;
using Orders.Application.Outbox;

namespace Orders.UnitTests.Fakes;

/// <summary>Holds the messages a test adds; listing is the database's business and is tested there.</summary>
public sealed class InMemoryOutboxAdmin : IOutboxAdmin
{
    private readonly Dictionary<string, OutboxMessage> _messages = [];

    public void Add(OutboxMessage message) => _messages[message.Id] = message;

    public Task<PagedList<OutboxMessageDto>> ListAsync(string? status, PageRequest page, CancellationToken ct) =>
        throw new NotSupportedException("Listing runs in the database; see the integration tests.");

    public Task<OutboxMessage?> FindAsync(string id, CancellationToken ct) => Task.FromResult(_messages.GetValueOrDefault(id));
}
