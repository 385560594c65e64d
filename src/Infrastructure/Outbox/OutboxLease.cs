using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orders.Application.Outbox;
using Orders.Infrastructure.Persistence;

namespace Orders.Infrastructure.Outbox;

/// <summary>Keeps one claim alive while its handler runs: every <see cref="OutboxOptions.HeartbeatSeconds"/> it moves
/// LockedUntil to <see cref="OutboxOptions.LeaseSeconds"/> from now, in its own DbContext (the handler is using the
/// other). If the claim is lost, or it could not be renewed and is about to run out, the send is canceled: a message
/// is never sent by two dispatchers at once, even when this one is alive but cut off from the database.</summary>
internal sealed partial class OutboxLease(IServiceScopeFactory scopes, OutboxOptions options, TimeProvider clock, ILogger logger)
{
    /// <summary>Renews until <paramref name="done"/>; cancels <paramref name="send"/> when the claim cannot be kept.</summary>
    public async Task KeepAsync(string id, string owner, DateTimeOffset until, CancellationTokenSource send, CancellationToken done)
    {
        var heartbeat = TimeSpan.FromSeconds(options.HeartbeatSeconds);
        CancelBefore(send, until);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var gate = scope.ServiceProvider.GetRequiredService<IWriteGate>();
        try
        {
            while (true)
            {
                await Task.Delay(heartbeat, clock, done);
                var next = clock.GetUtcNow().AddSeconds(options.LeaseSeconds);
                int renewed;
                try
                {
                    using (await gate.EnterAsync(done))
                    {
                        renewed = await db.OutboxMessages
                            .Where(m => m.Id == id && m.LockedBy == owner && m.Status == OutboxStatus.Pending)
                            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, next), done);
                    }
                }
                catch (Exception ex) when (!done.IsCancellationRequested)
                {
                    LogRenewFailed(logger, id, ex);
                    continue;
                }

                if (renewed == 0)
                {
                    LogLost(logger, id);
                    await send.CancelAsync();
                    return;
                }

                CancelBefore(send, next);
            }
        }
        catch (OperationCanceledException) when (done.IsCancellationRequested)
        {
            // The handler finished.
        }
    }

    // Stop the send one heartbeat before the claim would lapse, so nobody else can have taken it while it runs.
    private void CancelBefore(CancellationTokenSource send, DateTimeOffset until)
    {
        var left = until - clock.GetUtcNow() - TimeSpan.FromSeconds(options.HeartbeatSeconds);
        send.CancelAfter(left > TimeSpan.Zero ? left : TimeSpan.Zero);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not renew the claim on outbox message {Id}; retrying at the next heartbeat")]
    private static partial void LogRenewFailed(ILogger logger, string id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the claim on outbox message {Id} while sending it; the send is canceled")]
    private static partial void LogLost(ILogger logger, string id);
}
