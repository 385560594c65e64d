using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orders.Application.Outbox;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Outbox;

/// <summary>Claims and sends single messages. A claim is a conditional UPDATE (so among several dispatchers exactly one
/// holds a message) with a lease that <see cref="OutboxLease"/> renews while the handler runs; then the message is
/// marked sent, retried later (<see cref="RetrySchedule"/>), or parked as dead. A crash between sending and
/// marking re-sends only the message in hand. One instance is one claimant: use a new scope per message.</summary>
public sealed partial class OutboxProcessor(
    OrdersDbContext db, IEnumerable<IOutboxHandler> handlers, IWriteGate gate, OutboxOptions options, TimeProvider clock,
    IServiceScopeFactory scopes, ILogger<OutboxProcessor> logger)
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private DateTimeOffset _claimedUntil;

    /// <summary>Messages of <paramref name="kind"/> due now and not claimed, oldest first, skipping the given targets.</summary>
    public async Task<IReadOnlyList<DueMessage>> FindDueAsync(string kind, IReadOnlyCollection<string> skipTargets, int limit, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = db.OutboxMessages.AsNoTracking()
            .Where(m => m.Kind == kind && m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now));
        if (skipTargets.Count > 0) due = due.Where(m => m.Target == null || !skipTargets.Contains(m.Target));
        return await due.OrderBy(m => m.NextAttemptAt).ThenBy(m => m.CreatedAt)
            .Select(m => new DueMessage(m.Id, m.Target))
            .Take(limit)
            .ToListAsync(ct);
    }

    /// <summary>Takes the message for this processor unless another holds a live claim on it.</summary>
    public async Task<bool> ClaimAsync(string id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now.AddSeconds(options.LeaseSeconds);
        using var _ = await gate.EnterAsync(ct);
        var claimed = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, _owner).SetProperty(m => m.LockedUntil, until), ct) == 1;
        if (claimed) _claimedUntil = until;
        return claimed;
    }

    /// <summary>Sends a message this processor claimed and records the outcome. On shutdown the claim is handed back
    /// untouched, so another dispatcher can send it at once.</summary>
    public async Task HandleClaimedAsync(string id, CancellationToken stoppingToken)
    {
        var message = await db.OutboxMessages.AsNoTracking().FirstAsync(m => m.Id == id && m.LockedBy == _owner, stoppingToken);
        var lease = new OutboxLease(scopes, options, clock, logger);
        var firstCancel = _claimedUntil - clock.GetUtcNow() - TimeSpan.FromSeconds(options.HeartbeatSeconds);
        using var expiry = new CancellationTokenSource(firstCancel > TimeSpan.FromMilliseconds(1) ? firstCancel : TimeSpan.FromMilliseconds(1), clock);
        using var send = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, expiry.Token);
        using var done = new CancellationTokenSource();
        var renewing = lease.KeepAsync(id, _owner, _claimedUntil, expiry, done.Token);

        string? error = null;
        var permanent = false;
        try
        {
            var handler = handlers.FirstOrDefault(h => h.Kind == message.Kind)
                ?? throw new InvalidOperationException($"No handler for outbox messages of kind {message.Kind}.");
            await handler.HandleAsync(message, send.Token);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            permanent = ex is PermanentDeliveryException;
            error = expiry.IsCancellationRequested ? $"Claim lost or expiring; send canceled ({ex.GetType().Name})." : $"{ex.GetType().Name}: {ex.Message}";
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            await StopRenewingAsync(done, renewing);
            await ReleaseAsync(id);
            throw;
        }

        await StopRenewingAsync(done, renewing);
        await CompleteAsync(message, error, permanent);
    }

    private static async Task StopRenewingAsync(CancellationTokenSource done, Task renewing)
    {
        await done.CancelAsync();
        await renewing;
    }

    private async Task CompleteAsync(OutboxMessage message, string? error, bool permanent)
    {
        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var mine = db.OutboxMessages.Where(m => m.Id == message.Id && m.LockedBy == _owner);
        using var _ = await gate.EnterAsync(CancellationToken.None);
        if (error is null)
        {
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return;
        }

        // Refusals quote the recipient ("550 <jane@example.com>: no such mailbox"); neither the table nor the logs keep it.
        error = EmailRedaction.Redact(error);
        var retryAt = permanent ? null : RetrySchedule.NextAttempt(options, message.CreatedAt, attempts, now, Random.Shared.NextDouble());
        var dead = retryAt is null;
        var next = retryAt ?? now;
        await mine.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, dead ? OutboxStatus.Dead : OutboxStatus.Pending).SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LastError, Truncate(error))
            .SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
        if (dead) LogDead(logger, message.Id, message.Kind, message.EventType, attempts, error);
        else LogRetry(logger, message.Id, message.Kind, attempts, next, error);
    }

    private async Task ReleaseAsync(string id)
    {
        using var _ = await gate.EnterAsync(CancellationToken.None);
        await db.OutboxMessages.Where(m => m.Id == id && m.LockedBy == _owner).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private static string Truncate(string error) => error.Length <= 2000 ? error : error[..2000];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) failed attempt {Attempts}; next try at {Next}: {Error}")]
    private static partial void LogRetry(ILogger logger, string id, string kind, int attempts, DateTimeOffset next, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} ({Kind}, {EventType}) is dead after {Attempts} attempts: {Error}")]
    private static partial void LogDead(ILogger logger, string id, string kind, string eventType, int attempts, string error);
}
