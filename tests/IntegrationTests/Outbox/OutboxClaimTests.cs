using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orders.Application.Outbox;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Outbox;

/// <summary>Claims on a real database, with processors driven by the test on fake time: a running send keeps its
/// message, a dead dispatcher's message is taken over once its lease runs out, a lost claim stops the send.</summary>
public sealed class OutboxClaimTests(NoDispatcherApiFactory factory) : IClassFixture<NoDispatcherApiFactory>
{
    private static readonly OutboxOptions Options = new() { LeaseSeconds = 10, HeartbeatSeconds = 2, MaxAttempts = 5 };

    private readonly CountingTimeProvider _clock = new(new FakeTimeProvider(DateTimeOffset.UtcNow));

    [Fact]
    public void DefaultLease_LetsAnotherDispatcherTakeOverWithin30Seconds()
    {
        var defaults = new OutboxOptions();
        (defaults.LeaseSeconds + defaults.PollIntervalMilliseconds / 1000.0).ShouldBeLessThanOrEqualTo(30);
        defaults.HeartbeatSeconds.ShouldBeLessThan(defaults.LeaseSeconds / 2);
    }

    [Fact]
    public async Task HandleClaimed_WhileTheSendRunsPastTheOriginalLease_RenewsIt_AndNoSecondProcessorClaimsTheMessage()
    {
        var id = await AddMessageAsync();
        var sending = new BlockingHandler();
        await using var first = Processor(sending);
        (await first.Value.ClaimAsync(id, CancellationToken.None)).ShouldBeTrue();
        var originalLease = (await LockAsync(id)).Until!.Value;
        var running = first.Value.HandleClaimedAsync(id, CancellationToken.None);
        await sending.Started;

        while (_clock.GetUtcNow() <= originalLease.AddSeconds(Options.LeaseSeconds))
        {
            await HeartbeatAsync();
            (await LockAsync(id)).Until!.Value.ShouldBe(_clock.GetUtcNow().AddSeconds(Options.LeaseSeconds), TimeSpan.FromMilliseconds(1));
        }

        var other = new BlockingHandler();
        await using var second = Processor(other);
        (await second.Value.FindDueAsync(BlockingHandler.TestKind, [], 100, CancellationToken.None)).Select(m => m.Id).ShouldNotContain(id);
        (await second.Value.ClaimAsync(id, CancellationToken.None)).ShouldBeFalse();

        sending.Finish();
        await running.WaitAsync(TimeSpan.FromSeconds(20));
        sending.WasCanceled.ShouldBeFalse();
        other.Calls.ShouldBe(0);
        (await StatusAsync(id)).ShouldBe(OutboxStatus.Sent);
    }

    [Fact]
    public async Task Claim_LeftByADeadProcessor_IsTakenOverOnceItsLeaseRunsOut()
    {
        var id = await AddMessageAsync();
        await using var dead = Processor(new BlockingHandler());
        (await dead.Value.ClaimAsync(id, CancellationToken.None)).ShouldBeTrue();
        (await LockAsync(id)).Until!.Value.ShouldBe(_clock.GetUtcNow().AddSeconds(Options.LeaseSeconds), TimeSpan.FromMilliseconds(1));
        var successor = new BlockingHandler();
        successor.Finish();
        await using var second = Processor(successor);

        _clock.Advance(TimeSpan.FromSeconds(Options.LeaseSeconds - 1));
        (await second.Value.ClaimAsync(id, CancellationToken.None)).ShouldBeFalse();

        _clock.Advance(TimeSpan.FromSeconds(1.01));
        (await second.Value.FindDueAsync(BlockingHandler.TestKind, [], 100, CancellationToken.None)).Select(m => m.Id).ShouldContain(id);
        (await second.Value.ClaimAsync(id, CancellationToken.None)).ShouldBeTrue();
        await second.Value.HandleClaimedAsync(id, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20));
        successor.Calls.ShouldBe(1);
        (await StatusAsync(id)).ShouldBe(OutboxStatus.Sent);
    }

    [Fact]
    public async Task HandleClaimed_WhenTheClaimIsLost_CancelsTheSend_AndLeavesTheMessageToItsNewHolder()
    {
        var id = await AddMessageAsync();
        var sending = new BlockingHandler();
        await using var first = Processor(sending);
        (await first.Value.ClaimAsync(id, CancellationToken.None)).ShouldBeTrue();
        var running = first.Value.HandleClaimedAsync(id, CancellationToken.None);
        await sending.Started;
        await WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, "another-dispatcher")));

        _clock.Advance(TimeSpan.FromSeconds(Options.HeartbeatSeconds));
        await running.WaitAsync(TimeSpan.FromSeconds(20));

        sending.WasCanceled.ShouldBeTrue();
        var message = await WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        (message.LockedBy, message.Attempts, message.Status).ShouldBe(("another-dispatcher", 0, OutboxStatus.Pending));
    }

    [Fact]
    public async Task HandleClaimed_WhenTheHandlerThrowsPermanentDeliveryException_ParksTheMessageDeadAtOnce()
    {
        var id = await AddMessageAsync();
        await using var processor = Processor(new FailingHandler(() => new PermanentDeliveryException("550 mailbox unavailable")));
        (await processor.Value.ClaimAsync(id, CancellationToken.None)).ShouldBeTrue();

        await processor.Value.HandleClaimedAsync(id, CancellationToken.None);

        var message = await WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        (message.Status, message.Attempts).ShouldBe((OutboxStatus.Dead, 1));
        message.LastError!.ShouldContain("550");
    }

    /// <summary>Moves time one heartbeat on and waits until the renewal it triggers has run and armed the next one.</summary>
    private async Task HeartbeatAsync()
    {
        var timers = _clock.TimersCreated;
        _clock.Advance(TimeSpan.FromSeconds(Options.HeartbeatSeconds));
        await Eventually.TrueAsync(() => Task.FromResult(_clock.TimersCreated > timers), "the heartbeat renewed the claim");
    }

    private Scoped<OutboxProcessor> Processor(IOutboxHandler handler)
    {
        var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var processor = new OutboxProcessor(services.GetRequiredService<OrdersDbContext>(), [handler], services.GetRequiredService<IWriteGate>(),
            Options, _clock, factory.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<OutboxProcessor>.Instance);
        return new Scoped<OutboxProcessor>(processor, scope);
    }

    private async Task<string> AddMessageAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        await WithDbAsync(db =>
        {
            db.OutboxMessages.Add(new OutboxMessage(id, BlockingHandler.TestKind, $"evt_{id}", "test.event", null, "somewhere", "{}", _clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });
        return id;
    }

    private Task<(string? By, DateTimeOffset? Until)> LockAsync(string id) =>
        WithDbAsync(async db => await db.OutboxMessages.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.LockedBy, m.LockedUntil })
            .SingleAsync() is var l ? (l.LockedBy, l.LockedUntil) : default);

    private Task<OutboxStatus> StatusAsync(string id) => WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync());

    private async Task<T> WithDbAsync<T>(Func<OrdersDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OrdersDbContext>());
    }
}
