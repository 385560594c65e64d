using System.Linq.Expressions;
using System.Threading.Channels;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orders.Application.Orders;
using Orders.Domain.Orders;

namespace Orders.Infrastructure.Persistence.Views;

/// <summary>Writes the views that may not be served: at each start, every order's without a view, with a view of an
/// older <see cref="OrderViewJson.Format"/>, or with one written for another version of the order; then, as the readers
/// meet such a view (<see cref="Request"/>), that order's. Until then the readers rebuild those orders from the
/// aggregate. Safe beside live writes and other instances: a view is only written where the order has not moved on, and
/// never over one of a newer format (a newer build's, during a rolling deploy).</summary>
public sealed partial class OrderViewBackfill(IServiceScopeFactory scopes, ILogger<OrderViewBackfill> logger) : BackgroundService
{
    private const int BatchSize = 500;

    // Matches the stale-view index's filter (OrderConfiguration), so each start finds these orders from that index alone.
    internal static readonly Expression<Func<Order, bool>> Stale = o => EF.Property<string?>(o, OrderViewJson.Column) == null
        || EF.Property<int>(o, OrderViewJson.FormatColumn) < OrderViewJson.Format
        || EF.Property<int>(o, OrderViewJson.VersionColumn) != o.Version;

    // Bounded: a reader never waits for it, and an order whose request is dropped is still rebuilt on every read and
    // rewritten at the next start.
    private readonly Channel<string> _requested = Channel.CreateBounded<string>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Asks for these orders' views to be written again; returns at once.</summary>
    public void Request(IEnumerable<string> orderIds)
    {
        foreach (var id in orderIds) _requested.Writer.TryWrite(id);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var filled = await RunAsync(stoppingToken);
            if (filled > 0) LogFilled(logger, filled);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            LogFailed(logger, ex);
        }

        await RewriteRequestedAsync(stoppingToken);
    }

    /// <summary>Writes every view that may not be served; returns how many it wrote.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var filled = 0;
        var after = "";
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
            // Keyset by id, so each batch walks on along the index instead of scanning from the start again.
            var orders = await db.Orders.AsNoTracking().Where(Stale).Where(o => o.Id.CompareTo(after) > 0)
                .OrderBy(o => o.Id).Take(BatchSize).ToListAsync(ct);
            if (orders.Count == 0) return filled;

            filled += await WriteAsync(scope.ServiceProvider, orders, ct);
            after = orders[^1].Id;
        }
    }

    private async Task RewriteRequestedAsync(CancellationToken ct)
    {
        try
        {
            while (await _requested.Reader.WaitToReadAsync(ct))
            {
                var ids = new HashSet<string>();
                while (ids.Count < BatchSize && _requested.Reader.TryRead(out var id)) ids.Add(id);
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
                    var orders = await db.Orders.AsNoTracking().Where(o => ids.Contains(o.Id)).Where(Stale).ToListAsync(ct);
                    if (orders.Count > 0) LogRewritten(logger, await WriteAsync(scope.ServiceProvider, orders, ct));
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    LogRewriteFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    // Each order's view as of the version loaded, written only if the order is still at that version and its view is not
    // of a newer format.
    private static async Task<int> WriteAsync(IServiceProvider services, List<Order> orders, CancellationToken ct)
    {
        var db = services.GetRequiredService<OrdersDbContext>();
        var mapping = services.GetRequiredService<TypeAdapterConfig>();
        var written = 0;
        using (await services.GetRequiredService<IWriteGate>().EnterAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var order in orders)
            {
                var view = OrderViewJson.Write(order.Complete(mapping));
                written += await db.Orders
                    .Where(o => o.Id == order.Id && o.Version == order.Version && EF.Property<int>(o, OrderViewJson.FormatColumn) <= OrderViewJson.Format)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(o => EF.Property<string?>(o, OrderViewJson.Column), view)
                        .SetProperty(o => EF.Property<int>(o, OrderViewJson.VersionColumn), order.Version)
                        .SetProperty(o => EF.Property<int>(o, OrderViewJson.FormatColumn), OrderViewJson.Format), ct);
            }

            await transaction.CommitAsync(ct);
        }

        return written;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Wrote the views of {Count} orders whose stored view could not be served")]
    private static partial void LogFilled(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the order views that cannot be served failed; those orders are rebuilt on each read until the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Rewrote {Count} stale order views that readers met")]
    private static partial void LogRewritten(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rewriting stale order views that readers met failed; they are rebuilt on each read until the next start")]
    private static partial void LogRewriteFailed(ILogger logger, Exception exception);
}
