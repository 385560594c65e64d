using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Orders.Infrastructure.Outbox;

/// <summary>Claims and sends the messages of one kind, up to <paramref name="concurrency"/> at once and
/// <paramref name="perTarget"/> per target, each in its own scope. Targets at their limit or behind an open breaker are
/// left out of the query, so their backlog never fills the batch and hides other targets' messages.</summary>
internal sealed partial class OutboxLane(
    string kind, int concurrency, int perTarget, CircuitBreakers? breakers, IServiceScopeFactory scopes, OutboxOptions options, ILogger logger)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _inFlight = [];
    private readonly SemaphoreSlim _wake = new(0);
    private readonly List<Task> _running = [];
    private int _count;

    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var idle = TimeSpan.FromMilliseconds(options.PollIntervalMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = 0;
            try
            {
                started = await FillAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                LogPassFailed(logger, kind, ex);
            }

            _running.RemoveAll(t => t.IsCompleted);
            if (started > 0 && Volatile.Read(ref _count) < concurrency) continue;
            try
            {
                await _wake.WaitAsync(idle, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await Task.WhenAll(_running);
    }

    private async Task<int> FillAsync(CancellationToken ct)
    {
        if (Volatile.Read(ref _count) >= concurrency) return 0;
        IReadOnlyList<DueMessage> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<OutboxProcessor>().FindDueAsync(kind, Busy(), options.BatchSize, ct);
        }

        var started = 0;
        foreach (var message in due)
        {
            if (Volatile.Read(ref _count) >= concurrency) break;
            var target = message.Target ?? "";
            if (!TryReserve(target)) continue;
            var scope = scopes.CreateAsyncScope();
            var processor = scope.ServiceProvider.GetRequiredService<OutboxProcessor>();
            bool claimed;
            try
            {
                claimed = await processor.ClaimAsync(message.Id, ct);
            }
            catch
            {
                await EndAsync(scope, target);
                throw;
            }

            if (!claimed)
            {
                await EndAsync(scope, target);
                continue;
            }

            _running.Add(Task.Run(() => SendAsync(scope, processor, message.Id, target, ct), CancellationToken.None));
            started++;
        }

        return started;
    }

    private async Task SendAsync(AsyncServiceScope scope, OutboxProcessor processor, string id, string target, CancellationToken ct)
    {
        try
        {
            await processor.HandleClaimedAsync(id, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down; the claim was handed back.
        }
        catch (Exception ex)
        {
            LogSendFailed(logger, id, ex);
        }
        finally
        {
            await EndAsync(scope, target);
        }
    }

    private List<string> Busy()
    {
        List<string> busy;
        lock (_lock) busy = [.. _inFlight.Where(t => t.Value >= perTarget).Select(t => t.Key)];
        if (breakers is not null) busy.AddRange(breakers.Blocked());
        return busy;
    }

    private bool TryReserve(string target)
    {
        lock (_lock)
        {
            var now = _inFlight.GetValueOrDefault(target);
            if (now >= perTarget) return false;
            if (breakers is not null && !breakers.TryAdmit(target)) return false;
            _inFlight[target] = now + 1;
            _count++;
            return true;
        }
    }

    private async Task EndAsync(AsyncServiceScope scope, string target)
    {
        lock (_lock)
        {
            if (--_inFlight[target] == 0) _inFlight.Remove(target);
            _count--;
        }

        breakers?.Settle(target);
        await scope.DisposeAsync();
        _wake.Release();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox {Kind} pass failed; trying again shortly")]
    private static partial void LogPassFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Id} could not be finished; its claim runs out and it is tried again")]
    private static partial void LogSendFailed(ILogger logger, string id, Exception exception);
}
