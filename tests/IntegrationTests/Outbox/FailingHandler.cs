using Orders.Application.Outbox;
using Orders.Infrastructure.Outbox;

namespace Orders.IntegrationTests.Outbox;

/// <summary>A handler for test messages that always throws the given exception.</summary>
public sealed class FailingHandler(Func<Exception> failure) : IOutboxHandler
{
    public string Kind => BlockingHandler.TestKind;

    public Task HandleAsync(OutboxMessage message, CancellationToken ct) => Task.FromException(failure());
}
