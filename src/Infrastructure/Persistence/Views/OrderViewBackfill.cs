using Mapster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orders.Application.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>Once per start, gives the orders saved before views existed their view, in batches, so that an upgraded
/// database reads as fast as a new one. Until then <see cref="OrderViewStore"/> reads those orders the old way. Safe
/// beside live writes and other instances: a view is only written where there is none and the order has not moved on.</summary>
public sealed partial class OrderViewBackfill(IServiceScopeFactory scopes, ILogger<OrderViewBackfill> logger) : BackgroundService
{
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var filled = await RunAsync(stoppingToken);
            if (filled > 0) LogFilled(logger, filled);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
        }
    }

    /// <summary>Fills every missing view; returns how many it wrote.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var filled = 0;
        var after = "";
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
            var mapping = scope.ServiceProvider.GetRequiredService<TypeAdapterConfig>();
            // Keyset by id, so each batch walks on along the primary key instead of scanning from the start again.
            var orders = await db.Orders.AsNoTracking()
                .Where(o => o.Id.CompareTo(after) > 0 && EF.Property<string?>(o, OrderViewJson.Column) == null)
                .OrderBy(o => o.Id).Take(BatchSize).ToListAsync(ct);
            if (orders.Count == 0) return filled;

            using (await scope.ServiceProvider.GetRequiredService<IWriteGate>().EnterAsync(ct))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                foreach (var order in orders)
                {
                    var view = OrderViewJson.Write(order.Complete(mapping));
                    filled += await db.Orders
                        .Where(o => o.Id == order.Id && o.Version == order.Version && EF.Property<string?>(o, OrderViewJson.Column) == null)
                        .ExecuteUpdateAsync(s => s.SetProperty(o => EF.Property<string?>(o, OrderViewJson.Column), view), ct);
                }

                await transaction.CommitAsync(ct);
            }

            after = orders[^1].Id;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Gave {Count} orders saved before order views existed their view")]
    private static partial void LogFilled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Filling the missing order views failed; those orders are read the slower way until the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
