using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
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

    [Fact]
    public async Task Purge_DeletesManyRowsInBatches_SoThatNoStatementHoldsTheWriterForLong()
    {
        var longAgo = DateTimeOffset.UtcNow.AddDays(-60);
        const int old = (2 * Housekeeping.BatchSize) + 250;
        // Listening before the rows exist: the host's own hourly run, which starts with the host, may be the one that
        // deletes them.
        using var deletes = new DeleteStatements(factory.DatabasePath, "DELETE FROM \"ProcessedPaymentEvents\"");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        db.ProcessedPaymentEvents.AddRange(Enumerable.Range(0, old)
            .Select(i => new ProcessedPaymentEvent($"evt_batch_{i:D5}", "payment.succeeded", $"pi_batch_{i}", longAgo)));
        await db.SaveChangesAsync();

        await factory.Services.GetRequiredService<Housekeeping>().PurgeAsync(CancellationToken.None);

        (await db.ProcessedPaymentEvents.CountAsync(e => e.Id.StartsWith("evt_batch_"))).ShouldBe(0);
        // Whichever run deleted them, every statement deleted one batch at most.
        var rows = deletes.RowsPerStatement;
        rows.ShouldAllBe(n => n <= Housekeeping.BatchSize);
        rows.Count(n => n > 0).ShouldBeGreaterThanOrEqualTo(3);
        rows.Sum().ShouldBeGreaterThanOrEqualTo(old);
    }


    /// <summary>The rows each DELETE on one table of one database file affected, as EF reports its commands.</summary>
    private sealed class DeleteStatements : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly string _statement;
        private readonly ConcurrentQueue<int> _rows = new();
        private readonly ConcurrentBag<IDisposable> _subscriptions = [];
        private readonly IDisposable _listeners;

        public DeleteStatements(string database, string statement)
        {
            _database = Path.GetFullPath(database);
            _statement = statement;
            _listeners = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public IReadOnlyList<int> RowsPerStatement => [.. _rows];

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name) _subscriptions.Add(value.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Value is CommandExecutedEventData { Command: var command, Result: int rows }
                && command.CommandText.StartsWith(_statement, StringComparison.Ordinal)
                && command.Connection?.DataSource is { } file && Path.GetFullPath(file) == _database)
                _rows.Enqueue(rows);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void Dispose()
        {
            _listeners.Dispose();
            foreach (var subscription in _subscriptions) subscription.Dispose();
        }
    }
}
