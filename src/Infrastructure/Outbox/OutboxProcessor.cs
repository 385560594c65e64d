using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Outbox;

/// <summary>One pass over due messages. Each message is claimed with a conditional UPDATE (so among several
/// dispatchers exactly one holds it), handed to its handler, then marked sent, retried later with exponential backoff
/// and jitter, or parked as dead (after the last attempt, or at once when the handler throws a
/// <see cref="PermanentDeliveryException"/>). A crash between sending and marking re-sends only the message in hand.</summary>
public sealed partial class OutboxProcessor(
    OrdersDbContext db, IEnumerable<IOutboxHandler> handlers, IWriteGate gate, OutboxOptions options, TimeProvider clock,
    ILogger<OutboxProcessor> logger)
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Sends what is due; returns how many messages it handled.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.CreatedAt)
            .Select(m => m.Id)
            .Take(options.BatchSize)
            .ToListAsync(ct);

        var handled = 0;
        foreach (var id in due)
        {
            if (!await ClaimAsync(id, ct)) continue;
            var message = await db.Set<OutboxMessage>().AsNoTracking().FirstAsync(m => m.Id == id, ct);
            await HandleAsync(message, ct);
            handled++;
        }

        return handled;
    }

    private async Task<bool> ClaimAsync(string id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now.AddSeconds(options.LeaseSeconds);
        using var _ = await gate.EnterAsync(ct);
        return await db.Set<OutboxMessage>()
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, _owner).SetProperty(m => m.LockedUntil, until), ct) == 1;
    }

    private async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        string? error = null;
        var refused = false;
        try
        {
            var handler = handlers.FirstOrDefault(h => h.Kind == message.Kind)
                ?? throw new InvalidOperationException($"No handler for outbox messages of kind {message.Kind}.");
            await handler.HandleAsync(message, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
            refused = ex is PermanentDeliveryException;
        }

        var now = clock.GetUtcNow();
        var attempts = message.Attempts + 1;
        var mine = db.Set<OutboxMessage>().Where(m => m.Id == message.Id && m.LockedBy == _owner);
        using var _ = await gate.EnterAsync(CancellationToken.None);
        if (error is null)
        {
            await mine.ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Sent).SetProperty(m => m.Attempts, attempts).SetProperty(m => m.SentAt, now)
                .SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
            return;
        }

        var dead = refused || attempts >= options.MaxAttempts;
        var next = dead ? now : now + Backoff(attempts);
        await mine.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, dead ? OutboxStatus.Dead : OutboxStatus.Pending).SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LastError, Truncate(error))
            .SetProperty(m => m.LockedBy, (string?)null).SetProperty(m => m.LockedUntil, (DateTimeOffset?)null), CancellationToken.None);
        if (dead) LogDead(logger, message.Id, message.Kind, message.EventType, attempts, error);
        else LogRetry(logger, message.Id, message.Kind, attempts, next, error);
    }

    /// <summary>base · 2^(attempt-1), capped, times a random 0.5–1.5 so that retries of many messages spread out.</summary>
    internal TimeSpan Backoff(int attempt)
    {
        var seconds = Math.Min(options.MaxDelaySeconds, options.BaseDelaySeconds * Math.Pow(2, Math.Min(attempt - 1, 30)));
        return TimeSpan.FromSeconds(seconds * (0.5 + Random.Shared.NextDouble()));
    }

    private static string Truncate(string error) => error.Length <= 2000 ? error : error[..2000];

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Id} ({Kind}) failed attempt {Attempts}; next try at {Next}: {Error}")]
    private static partial void LogRetry(ILogger logger, string id, string kind, int attempts, DateTimeOffset next, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} ({Kind}, {EventType}) is dead after {Attempts} attempts: {Error}")]
    private static partial void LogDead(ILogger logger, string id, string kind, string eventType, int attempts, string error);
}
