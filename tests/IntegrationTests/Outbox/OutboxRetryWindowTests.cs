using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Orders.Application.Outbox;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;

namespace Orders.IntegrationTests.Outbox;

/// <summary>How long a failing message is retried, on a real database with processors driven by the test on fake time:
/// by default until 72 hours after it was written, at most an hour apart; sooner only when Outbox:MaxAttempts says so.</summary>
public sealed class OutboxRetryWindowTests(NoDispatcherApiFactory factory) : IClassFixture<NoDispatcherApiFactory>
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task AMessageThatKeepsFailing_OnTheDefaults_IsTriedUntil72HoursAfterItWasWritten_AtMostAnHourApart_ThenParked()
    {
        var options = new OutboxOptions();
        var created = _clock.GetUtcNow();
        var id = await AddMessageAsync();

        var attempts = await FailUntilDeadAsync(id, options);

        var message = await MessageAsync(id);
        (message.Status, message.Attempts).ShouldBe((OutboxStatus.Dead, attempts.Count));
        attempts.Count.ShouldBeGreaterThan(8, "the old default parked a message after 8 attempts, about four minutes");
        attempts.Zip(attempts.Skip(1), (a, b) => b - a).ShouldAllBe(gap => gap <= TimeSpan.FromHours(1));
        attempts[^1].ShouldBe(created.AddHours(72), "the last wait is cut short to end at the window's end, so the last attempt is there");
        attempts[^2].ShouldBeLessThan(created.AddHours(72));
        message.LastError.ShouldBe("HttpRequestException: still down");
    }

    [Fact]
    public async Task MaxAttempts_WhenSet_ParksTheMessageAfterThatManyAttempts()
    {
        var id = await AddMessageAsync();

        var attempts = await FailUntilDeadAsync(id, new OutboxOptions { MaxAttempts = 3 });

        attempts.Count.ShouldBe(3);
        (await MessageAsync(id)).Status.ShouldBe(OutboxStatus.Dead);
    }

    /// <summary>Sends the message each time it is due, moving the clock there, until it is dead; returns when each
    /// attempt ran.</summary>
    private async Task<List<DateTimeOffset>> FailUntilDeadAsync(string id, OutboxOptions options)
    {
        var attempts = new List<DateTimeOffset>();
        while (await MessageAsync(id) is { Status: OutboxStatus.Pending } message)
        {
            attempts.Count.ShouldBeLessThan(1000);
            if (message.NextAttemptAt > _clock.GetUtcNow()) _clock.SetUtcNow(message.NextAttemptAt);
            await using var scope = factory.Services.CreateAsyncScope();
            var processor = new OutboxProcessor(scope.ServiceProvider.GetRequiredService<OrdersDbContext>(),
                [new FailingHandler(() => new HttpRequestException("still down"))], scope.ServiceProvider.GetRequiredService<IWriteGate>(),
                options, _clock, factory.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<OutboxProcessor>.Instance);
            (await processor.ClaimAsync(id, CancellationToken.None)).ShouldBeTrue();
            await processor.HandleClaimedAsync(id, CancellationToken.None);
            attempts.Add(_clock.GetUtcNow());
        }

        return attempts;
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

    private Task<OutboxMessage> MessageAsync(string id) => WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    private async Task<T> WithDbAsync<T>(Func<OrdersDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OrdersDbContext>());
    }
}
