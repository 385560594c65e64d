using System.Collections.Concurrent;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orders.Application.Outbox;
using Orders.Application.Payments;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Persistence;

public sealed class HousekeepingTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    [Fact]
    public async Task Purge_DeletesExpiredIdempotencyRecordsAndOldSentMessages_AndKeepsTheRest()
    {
        var product = await factory.Admin().CreateProductAsync("Housekeeping lamp", 10m, 10);
        var buyer = factory.ClientFor("tidy");
        var old = await (await buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)), "old-key")).ShouldBeAsync(HttpStatusCode.Created);
        var fresh = await (await buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)), "fresh-key")).ShouldBeAsync(HttpStatusCode.Created);
        var longAgo = DateTimeOffset.UtcNow.AddDays(-8);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        await db.IdempotencyRecords.Where(r => r.Key == "old-key").ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAt, longAgo));
        // Locked far ahead, so the running dispatcher leaves these rows alone.
        await db.OutboxMessages.Where(m => m.OrderId == old["id"].Str()).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, longAgo)
            .SetProperty(m => m.LockedBy, "test").SetProperty(m => m.LockedUntil, DateTimeOffset.UtcNow.AddDays(1)));

        await factory.Services.GetRequiredService<Housekeeping>().PurgeAsync(CancellationToken.None);

        (await db.IdempotencyRecords.Select(r => r.Key).ToListAsync()).ShouldBe(["fresh-key"]);
        (await db.OutboxMessages.CountAsync(m => m.OrderId == old["id"].Str())).ShouldBe(0);
        (await db.OutboxMessages.CountAsync(m => m.OrderId == fresh["id"].Str())).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Purge_DeletesDeadMessagesAndProcessedPaymentEventsPastTheirAge_AndKeepsYoungerOnes()
    {
        var now = DateTimeOffset.UtcNow;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var oldDead = Dead("purge-old-dead", diedAt: now.AddDays(-31));
        var youngDead = Dead("purge-young-dead", diedAt: now.AddDays(-29));
        db.OutboxMessages.AddRange(oldDead, youngDead);
        db.ProcessedPaymentEvents.AddRange(
            new ProcessedPaymentEvent("evt_purge_old", "payment.succeeded", "pi_old", now.AddDays(-31)),
            new ProcessedPaymentEvent("evt_purge_young", "payment.succeeded", "pi_young", now.AddDays(-29)));
        await db.SaveChangesAsync();
        // Dead as if it died long ago: the constructor makes pending messages, and the housekeeping goes by NextAttemptAt.
        await db.OutboxMessages.Where(m => m.Id == oldDead.Id || m.Id == youngDead.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Dead).SetProperty(m => m.LockedBy, "test").SetProperty(m => m.LockedUntil, now.AddDays(1)));

        await factory.Services.GetRequiredService<Housekeeping>().PurgeAsync(CancellationToken.None);

        (await db.OutboxMessages.Where(m => m.Id.StartsWith("purge-")).Select(m => m.Id).ToListAsync()).ShouldBe(["purge-young-dead"]);
        (await db.ProcessedPaymentEvents.Where(e => e.Id.StartsWith("evt_purge_")).Select(e => e.Id).ToListAsync()).ShouldBe(["evt_purge_young"]);
    }

    [Fact]
    public async Task Purge_DeletesManyRowsInBatches_SoThatNoWriterWaitsForMoreThanOne()
    {
        var turns = new ConcurrentQueue<int>();
        // Every writer turn outside a unit of work is measured: how many of the test's rows it deleted.
        using var host = OrdersApiFactory.Create(ApiHostOptions.Default.WithServices(s => s.AddSingleton<IWriteGate>(sp =>
            new MeasuredGate(sp.GetRequiredService<SqliteGroupCommit>(), sp.GetRequiredService<IServiceScopeFactory>(), turns))));
        var longAgo = DateTimeOffset.UtcNow.AddDays(-60);
        const int old = (2 * Housekeeping.BatchSize) + 250;
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        db.ProcessedPaymentEvents.AddRange(Enumerable.Range(0, old)
            .Select(i => new ProcessedPaymentEvent($"{MeasuredGate.Prefix}{i:D5}", "payment.succeeded", $"pi_batch_{i}", longAgo)));
        await db.SaveChangesAsync();

        await host.Services.GetRequiredService<Housekeeping>().PurgeAsync(CancellationToken.None);

        (await db.ProcessedPaymentEvents.CountAsync(e => e.Id.StartsWith(MeasuredGate.Prefix))).ShouldBe(0);
        // The host's own hourly run, which starts with it, may be the one that deleted them: in batches all the same.
        var deleted = turns.ToList();
        deleted.ShouldAllBe(n => n <= Housekeeping.BatchSize);
        deleted.Count(n => n > 0).ShouldBeGreaterThanOrEqualTo(3);
        deleted.Sum().ShouldBe(old);
    }

    [Fact]
    public async Task Purge_NeverDeletesRefundMessages_DeadOrSent_HoweverOld()
    {
        var now = DateTimeOffset.UtcNow;
        var longAgo = now.AddDays(-400);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var deadRefund = Dead("keep-dead-refund", diedAt: longAgo, OutboxKinds.Refund);
        var sentRefund = Dead("keep-sent-refund", diedAt: longAgo, OutboxKinds.Refund);
        var deadWebhook = Dead("keep-dead-webhook", diedAt: longAgo);
        db.OutboxMessages.AddRange(deadRefund, sentRefund, deadWebhook);
        await db.SaveChangesAsync();
        await db.OutboxMessages.Where(m => m.Id == deadRefund.Id || m.Id == deadWebhook.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Dead).SetProperty(m => m.LockedBy, "test").SetProperty(m => m.LockedUntil, now.AddDays(1)));
        await db.OutboxMessages.Where(m => m.Id == sentRefund.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.SentAt, longAgo)
            .SetProperty(m => m.LockedBy, "test").SetProperty(m => m.LockedUntil, now.AddDays(1)));

        await factory.Services.GetRequiredService<Housekeeping>().PurgeAsync(CancellationToken.None);

        // The dead webhook of the same age is the witness that the purge ran and reached these rows.
        (await db.OutboxMessages.Where(m => m.Id.StartsWith("keep-")).Select(m => m.Id).OrderBy(i => i).ToListAsync())
            .ShouldBe(["keep-dead-refund", "keep-sent-refund"]);
    }

    private static OutboxMessage Dead(string id, DateTimeOffset diedAt, string kind = OutboxKinds.Webhook) =>
        new(id, kind, $"evt_{id}", "order.created", null, "gone", "{}", diedAt);

    /// <summary>The writer's gate, telling how many of the test's processed payment events each turn deleted.</summary>
    private sealed class MeasuredGate(IWriteGate gate, IServiceScopeFactory scopes, ConcurrentQueue<int> turns) : IWriteGate
    {
        public const string Prefix = "evt_batch_";

        public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
        {
            var turn = await gate.EnterAsync(ct);
            var before = Count();
            // Counted again before the turn ends: nothing else deletes between the two counts.
            return new Leave(() =>
            {
                turns.Enqueue(before - Count());
                turn.Dispose();
            });
        }

        private int Count()
        {
            using var scope = scopes.CreateScope();
            return scope.ServiceProvider.GetRequiredService<OrdersDbContext>().ProcessedPaymentEvents.Count(e => e.Id.StartsWith(Prefix));
        }

        private sealed class Leave(Action leave) : IDisposable
        {
            public void Dispose() => leave();
        }
    }
}
