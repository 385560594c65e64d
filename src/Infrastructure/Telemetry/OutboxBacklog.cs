using Orders.Application.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orders.Infrastructure.Outbox;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Telemetry;

/// <summary>The outbox's backlog for the gauges: messages waiting, the oldest one's creation, dead messages. Read from
/// the table at most once per <see cref="TelemetryOptions.OutboxGaugeCacheSeconds"/>, since each gauge asks on every
/// collection and several gauges ask at once.</summary>
public sealed partial class OutboxBacklog(IServiceScopeFactory scopes, TelemetryOptions options, TimeProvider clock, ILogger<OutboxBacklog> logger)
{
    private readonly Lock _reading = new();
    private Reading? _last;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    /// <summary>The latest reading, refreshed if it is older than the cache allows; null when the table could not be read.</summary>
    public Reading? Read()
    {
        lock (_reading)
        {
            var now = clock.GetUtcNow();
            if (now - _readAt >= TimeSpan.FromSeconds(options.OutboxGaugeCacheSeconds))
            {
                _last = Query(now);
                _readAt = now;
            }

            return _last is null ? null : _last with { OldestAgeSeconds = _last.Oldest is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0 };
        }
    }

    // Observable instruments are read synchronously by the exporter's collection thread, never on a request.
    private Reading? Query(DateTimeOffset now)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
            var counts = db.OutboxMessages.AsNoTracking()
                .Where(m => m.Status != OutboxStatus.Sent)
                .GroupBy(m => m.Status)
                .Select(g => new { Status = g.Key, Count = g.LongCount() })
                .ToList();
            var oldest = db.OutboxMessages.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending)
                .OrderBy(m => m.CreatedAt)
                .Select(m => (DateTimeOffset?)m.CreatedAt)
                .FirstOrDefault();
            return new Reading(
                counts.Where(c => c.Status == OutboxStatus.Pending).Sum(c => c.Count),
                oldest,
                counts.Where(c => c.Status == OutboxStatus.Dead).Sum(c => c.Count),
                0);
        }
        catch (Exception ex)
        {
            // A database not there yet (before migrations) or going away (shutdown): no reading this time.
            LogReadFailed(logger, now, ex);
            return null;
        }
    }

    /// <summary>One look at the outbox table.</summary>
    public sealed record Reading(long Waiting, DateTimeOffset? Oldest, long Dead, double OldestAgeSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the outbox backlog for the metrics failed at {At}")]
    private static partial void LogReadFailed(ILogger logger, DateTimeOffset at, Exception exception);
}
