using System.Data.Common;
using System.Diagnostics;

namespace Orders.RawStorage;

/// <summary>Runs the unit of work from several workers at once, each on its own connection, and counts the orders
/// committed in the measured window after a warm-up. With a gate, one worker writes at a time and commits each order on
/// its own (the one-commit-per-order ceiling the API's group commit is measured against); without one, the engine
/// decides.</summary>
internal static class Throughput
{
    /// <summary>Opens the unit of work to measure on one worker's connection.</summary>
    public delegate Task<IPlacement> Placement(DbConnection connection, IReadOnlyList<Product> products, CancellationToken ct);

    public static async Task<double> MeasureAsync(
        Func<CancellationToken, Task<DbConnection>> open, Placement placement, int workers, SemaphoreSlim? gate, TimeSpan warmUp, TimeSpan window)
    {
        using var stop = new CancellationTokenSource();
        var measuring = false;
        long committed = 0, refused = 0;

        async Task WorkAsync()
        {
            // Not canceled: a worker still opening when the window ends (a slow, loaded machine) finishes opening, places
            // nothing, and stops, rather than failing the run.
            await using var connection = await open(CancellationToken.None);
            var products = await Catalog.LoadAsync(connection, CancellationToken.None);
            await using var writer = await placement(connection, products, CancellationToken.None);
            while (!stop.IsCancellationRequested)
            {
                if (gate is not null) await gate.WaitAsync(CancellationToken.None);
                bool placed;
                try
                {
                    placed = await writer.PlaceAsync(CancellationToken.None);
                }
                finally
                {
                    gate?.Release();
                }

                if (!Volatile.Read(ref measuring)) continue;
                if (placed) Interlocked.Increment(ref committed);
                else Interlocked.Increment(ref refused);
            }
        }

        var tasks = Enumerable.Range(0, workers).Select(_ => Task.Run(WorkAsync)).ToArray();
        await Task.Delay(warmUp);
        Volatile.Write(ref measuring, true);
        var clock = Stopwatch.StartNew();
        await Task.Delay(window);
        Volatile.Write(ref measuring, false);
        var elapsed = clock.Elapsed;
        var done = Interlocked.Read(ref committed);
        await stop.CancelAsync();
        await Task.WhenAll(tasks);

        if (Interlocked.Read(ref refused) > 0)
            throw new InvalidOperationException($"{refused} orders were refused for stock: the figure would not be the full unit of work.");
        return done / elapsed.TotalSeconds;
    }
}
