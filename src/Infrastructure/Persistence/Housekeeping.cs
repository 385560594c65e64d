using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orders.Application.Common.Idempotency;
using Orders.Infrastructure.Outbox;

namespace Orders.Infrastructure.Persistence;

/// <summary>Hourly, deletes what has served its purpose: idempotency records past their lifetime, and sent outbox
/// messages and webhook delivery logs older than <see cref="OutboxOptions.KeepSentDays"/>. Pending and dead messages
/// stay. Runs beside the outbox dispatcher; several instances may run it at once.</summary>
public sealed partial class Housekeeping(IServiceScopeFactory scopes, OutboxOptions options, TimeProvider clock, ILogger<Housekeeping> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task PurgeAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var gate = scope.ServiceProvider.GetRequiredService<IWriteGate>();
        var now = clock.GetUtcNow();
        var idempotencyCutoff = now - IdempotencyRecord.Lifetime;
        var sentCutoff = now.AddDays(-options.KeepSentDays);

        using var _ = await gate.EnterAsync(ct);
        var records = await db.IdempotencyRecords.Where(r => r.CreatedAt < idempotencyCutoff).ExecuteDeleteAsync(ct);
        var messages = await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Sent && m.SentAt < sentCutoff).ExecuteDeleteAsync(ct);
        var deliveries = await db.WebhookDeliveries.Where(d => d.AttemptedAt < sentCutoff).ExecuteDeleteAsync(ct);
        if (records + messages + deliveries > 0) LogPurged(logger, records, messages, deliveries);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
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
        Message = "Housekeeping deleted {Records} expired idempotency records, {Messages} sent outbox messages and {Deliveries} webhook delivery logs")]
    private static partial void LogPurged(ILogger logger, int records, int messages, int deliveries);

    [LoggerMessage(Level = LogLevel.Error, Message = "Housekeeping failed; trying again in an hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
