using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orders.Application.Orders.ExpireUnpaid;
using Orders.Domain.Common;

namespace Orders.Infrastructure.Persistence;

/// <summary>Runs the expiry sweep (<see cref="ExpireUnpaidOrdersHandler"/>) at start and every <see cref="Interval"/>, on
/// the host's clock, beside the outbox dispatcher (in the worker, and in the API unless its dispatcher is off). Several
/// instances may sweep at once; each order is canceled by one of them.</summary>
public sealed partial class UnpaidOrderExpiry(IServiceScopeFactory scopes, TimeProvider clock, ILogger<UnpaidOrderExpiry> logger)
    : BackgroundService
{
    /// <summary>Well under a minute, so an order is canceled within a minute of its expiry.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>One pass, in a scope of its own; how many orders it expired.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var expired = await scope.ServiceProvider.GetRequiredService<ExpireUnpaidOrdersHandler>().HandleAsync(new ExpireUnpaidOrdersCommand(), ct);
        if (!expired.IsSuccess) throw new InvalidOperationException($"The expiry sweep failed: {expired.Detail()}");
        if (expired.Value > 0) LogExpired(logger, expired.Value);
        return expired.Value;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Canceled {Count} orders whose payment was not received in time")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The expiry sweep of unpaid orders failed; trying again at the next tick")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
