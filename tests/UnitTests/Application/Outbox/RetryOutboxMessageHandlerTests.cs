using Orders.Application.Outbox;
using Orders.Application.Outbox.RetryMessage;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Outbox;

/// <summary>Only a dead message is re-queued. A message becomes dead only through the dispatcher's bulk update, so the
/// dead path is proven on a real database (<c>OutboxRetryTests</c>); here, what is refused and that it saves nothing.</summary>
public class RetryOutboxMessageHandlerTests
{
    private readonly InMemoryOutboxAdmin _outbox = new();
    private readonly FakeUnitOfWork _uow = new();
    private readonly RetryOutboxMessageHandler _handler;

    public RetryOutboxMessageHandlerTests() =>
        _handler = new RetryOutboxMessageHandler(_outbox, _uow, new FixedTimeProvider(OrderBuilder.PlacedAt), TestMappings.Config);

    [Fact]
    public async Task HandleAsync_WhenUnknown_ReturnsNotFound()
    {
        (await _handler.HandleAsync(new RetryOutboxMessageCommand("msg_none"), default)).ShouldFailWith("outbox.not_found", ResultStatus.NotFound)
            .Message.ShouldBe("Outbox message msg_none not found.");
        _uow.Saves.ShouldBe(0);
    }

    [Fact]
    public async Task HandleAsync_WhenPending_ReturnsNotDeadAndLeavesItAlone()
    {
        var message = new OutboxMessage("msg_1", "email", "evt_1", "order.created", null, "a@example.com", "{}", OrderBuilder.PlacedAt.AddHours(-1));
        _outbox.Add(message);

        (await _handler.HandleAsync(new RetryOutboxMessageCommand("msg_1"), default)).ShouldFailWith("outbox.not_dead", ResultStatus.Conflict)
            .Message.ShouldBe("Outbox message msg_1 is pending; only dead messages are retried.");
        (message.Status, message.NextAttemptAt).ShouldBe((OutboxStatus.Pending, OrderBuilder.PlacedAt.AddHours(-1)));
        _uow.Saves.ShouldBe(0);
    }
}
