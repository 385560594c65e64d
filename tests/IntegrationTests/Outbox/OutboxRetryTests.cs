using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Outbox;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Outbox;

/// <summary>POST /api/admin/outbox/{id}/retry on a real database, with no dispatcher to move the message on: only a dead
/// message goes back in the queue, attempts reset and due now.</summary>
public sealed class OutboxRetryTests(NoDispatcherApiFactory factory) : IClassFixture<NoDispatcherApiFactory>
{
    [Fact]
    public async Task PostRetry_WhenDead_RequeuesItWithAttemptsResetAndDueNow()
    {
        var id = await AddDeadMessageAsync();
        var before = DateTimeOffset.UtcNow;

        var retried = await (await factory.Admin().PostAsync($"/api/admin/outbox/{id}/retry", null)).ShouldBeAsync(HttpStatusCode.OK);

        retried["id"].Str().ShouldBe(id);
        retried["status"].Str().ShouldBe("pending");
        retried["attempts"]!.GetValue<int>().ShouldBe(0);
        retried["lastError"].Str().ShouldBe("503 from the receiver");
        var stored = await WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        (stored.Status, stored.Attempts).ShouldBe((OutboxStatus.Pending, 0));
        stored.NextAttemptAt.ShouldBeInRange(before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task PostRetry_WhenNotDead_Returns409NotDead()
    {
        var id = await AddDeadMessageAsync();
        await (await factory.Admin().PostAsync($"/api/admin/outbox/{id}/retry", null)).ShouldBeAsync(HttpStatusCode.OK);

        var problem = await (await factory.Admin().PostAsync($"/api/admin/outbox/{id}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem["code"].Str().ShouldBe("outbox.not_dead");
        problem["detail"].Str().ShouldBe($"Outbox message {id} is pending; only dead messages are retried.");
    }

    [Fact]
    public async Task PostRetry_WhenUnknown_Returns404NotFound()
    {
        var problem = await (await factory.Admin().PostAsync("/api/admin/outbox/no-such-message/retry", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        problem["code"].Str().ShouldBe("outbox.not_found");
        problem["detail"].Str().ShouldBe("Outbox message no-such-message not found.");
    }

    [Fact]
    public async Task PostRetry_TwiceAtOnce_RequeuesOnce_AndTheOtherIsNotDead()
    {
        var id = await AddDeadMessageAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => factory.Admin().PostAsync($"/api/admin/outbox/{id}/retry", null)));

        answers.Select(a => a.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        (await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBeProblemAsync(HttpStatusCode.Conflict))["code"].Str()
            .ShouldBe("outbox.not_dead");
    }

    // The dispatcher parks a message as dead with a bulk update; the test does the same to the row it adds.
    private async Task<string> AddDeadMessageAsync()
    {
        var id = Guid.NewGuid().ToString("N");
        await WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage(id, "test", $"evt_{id}", "test.event", null, "somewhere", "{}", DateTimeOffset.UtcNow.AddHours(-1)));
            await db.SaveChangesAsync();
            return await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Dead).SetProperty(m => m.Attempts, 3).SetProperty(m => m.LastError, "503 from the receiver"));
        });
        return id;
    }

    private async Task<T> WithDbAsync<T>(Func<OrdersDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<OrdersDbContext>());
    }
}
