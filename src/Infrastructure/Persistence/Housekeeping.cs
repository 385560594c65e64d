using Orders.Application.Outbox;
using Orders.Application.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orders.Application.Common.Idempotency;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Payments.Stripe;

namespace Orders.Infrastructure.Persistence;

/// <summary>Hourly, deletes what has served its purpose: idempotency records past their lifetime, sent outbox
/// messages and webhook delivery logs older than <see cref="OutboxOptions.KeepSentDays"/>, dead messages that died more
/// than <see cref="OutboxOptions.KeepDeadDays"/> ago, and processed payment events older than
/// <see cref="PaymentOptions.KeepProcessedEventsDays"/>, in batches of <see cref="BatchSize"/> rows. Pending messages
/// stay, and so do messages that carry money (<see cref="OutboxKinds.Money"/>), whatever their state. With Stripe, it
/// also cancels the intents opened for placements whose order never came to be (an hour old, held by no order, and no
/// longer reachable by a retry of their placement's Idempotency-Key). Runs beside the outbox dispatcher; several
/// instances may run it at once.</summary>
public sealed partial class Housekeeping(
    IServiceScopeFactory scopes, OutboxOptions options, PaymentOptions payments, TimeProvider clock, ILogger<Housekeeping> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Far longer than any placement takes between opening its intent and committing its order.</summary>
    public static readonly TimeSpan OrphanIntentAge = TimeSpan.FromHours(1);

    /// <summary>The most rows one purge statement deletes.</summary>
    public const int BatchSize = 500;

    public async Task PurgeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var gate = scope.ServiceProvider.GetRequiredService<IWriteGate>();
        var now = clock.GetUtcNow();
        var idempotencyCutoff = now - IdempotencyRecord.Lifetime;
        var sentCutoff = now.AddDays(-options.KeepSentDays);
        var deadCutoff = now.AddDays(-options.KeepDeadDays);
        var paymentCutoff = now.AddDays(-payments.KeepProcessedEventsDays);
        var money = OutboxKinds.Money.ToList();

        var records = await DeleteAsync(db.IdempotencyRecords.Where(r => r.CreatedAt < idempotencyCutoff).OrderBy(r => r.CreatedAt), gate, ct);
        // Messages that carry money are never deleted: a dead refund is money a customer is owed until the shop settles it
        // by hand, and a sent one is the record that the provider was asked (they are few: one per refund).
        var messages = await DeleteAsync(db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Sent && m.SentAt < sentCutoff && !money.Contains(m.Kind)).OrderBy(m => m.SentAt), gate, ct);
        // A dead message's NextAttemptAt is when it died; a retry by an admin makes it pending again.
        var dead = await DeleteAsync(db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Dead && m.NextAttemptAt < deadCutoff && !money.Contains(m.Kind)).OrderBy(m => m.NextAttemptAt), gate, ct);
        var deliveries = await DeleteAsync(db.WebhookDeliveries.Where(d => d.AttemptedAt < sentCutoff).OrderBy(d => d.AttemptedAt), gate, ct);
        var events = await DeleteAsync(db.ProcessedPaymentEvents.Where(e => e.ReceivedAt < paymentCutoff).OrderBy(e => e.ReceivedAt), gate, ct);
        if (records + messages + dead + deliveries + events > 0) LogPurged(logger, records, messages, dead, deliveries, events);
    }

    // One statement per batch, each in a gate turn of its own: on SQLite the units of work and the other writers wait for
    // one batch at most, never for a purge of weeks of rows.
    private static async Task<int> DeleteAsync<T>(IQueryable<T> expired, IWriteGate gate, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            int deleted;
            using (await gate.EnterAsync(ct)) deleted = await expired.Take(BatchSize).ExecuteDeleteAsync(ct);
            total += deleted;
            if (deleted < BatchSize) return total;
        }
    }

    /// <summary>Cancels at Stripe the intents noted before <paramref name="openedBefore"/> that no order holds, and forgets
    /// the notes of intents an order holds. The calls to Stripe run outside any transaction and the write gate; an
    /// intent Stripe could not be reached for stays noted for the next run.</summary>
    public async Task CancelOrphanIntentsAsync(DateTimeOffset openedBefore, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<StripePaymentProvider>() is not { } stripe) return;
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var gate = scope.ServiceProvider.GetRequiredService<IWriteGate>();
        var noted = await db.StripeIntents.AsNoTracking().Where(i => i.CreatedAt < openedBefore).OrderBy(i => i.CreatedAt).Take(200)
            .Select(i => new { i.IntentId, i.OrderId, Held = db.Orders.Any(o => o.PaymentIntentId == i.IntentId) })
            .ToListAsync(ct);
        // A placement under an Idempotency-Key that died after opening its intent keeps its order id with the key, and a
        // retry with that key asks Stripe again under the same idempotency key, which hands back this very intent. Canceled
        // now, the retry would attach a dead intent to its order; so it stays open while the key can still be retried (the
        // key's lifetime, plus a margin for a placement running as the key ends), and is canceled once it cannot.
        var retryableSince = clock.GetUtcNow() - IdempotencyRecord.Lifetime - OrphanIntentAge;
        var retryable = (await db.IdempotencyRecords.AsNoTracking().Where(r => !r.Completed && r.CreatedAt >= retryableSince)
            .Select(r => r.OrderId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);

        var done = noted.Where(i => i.Held).Select(i => i.IntentId).ToList();
        var canceled = 0;
        foreach (var orphan in noted.Where(i => !i.Held && !retryable.Contains(i.OrderId)))
        {
            var result = await stripe.CancelIntentAsync(orphan.IntentId, ct);
            if (result.Status == ResultStatus.Unavailable) continue;
            done.Add(orphan.IntentId);
            if (result.IsSuccess) canceled++;
        }

        if (done.Count == 0) return;
        using var _ = await gate.EnterAsync(ct);
        await db.StripeIntents.Where(i => done.Contains(i.IntentId)).ExecuteDeleteAsync(ct);
        if (canceled > 0) LogCanceled(logger, canceled);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
                await CancelOrphanIntentsAsync(clock.GetUtcNow() - OrphanIntentAge, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Housekeeping deleted {Records} expired idempotency records, {Messages} sent and {Dead} dead outbox messages, " +
            "{Deliveries} webhook delivery logs and {Events} processed payment events")]
    private static partial void LogPurged(ILogger logger, int records, int messages, int dead, int deliveries, int events);

    [LoggerMessage(Level = LogLevel.Information, Message = "Housekeeping canceled {Count} Stripe payment intents that no order holds")]
    private static partial void LogCanceled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Housekeeping failed; trying again in an hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
