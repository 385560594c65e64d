using Orders.Application.Outbox;

namespace Orders.Infrastructure.Outbox;

/// <summary>Sends one kind of outbox message. Throwing means "not delivered": the message is retried later.</summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task HandleAsync(OutboxMessage message, CancellationToken ct);
}
