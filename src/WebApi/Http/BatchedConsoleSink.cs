using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace Orders.WebApi.Http;

/// <summary>Writes each batch of events to the output in one write. Serilog's console sink writes and flushes every
/// event by itself, and its async wrapper wakes a thread for each one: with a log line per request that cost more CPU
/// than a GET's own database read. Serilog's batching collects the batches; disposing the logger (at host shutdown)
/// writes what is left.</summary>
public sealed class BatchedConsoleSink(ITextFormatter formatter, TextWriter output) : IBatchedLogEventSink, IDisposable
{
    /// <summary>How long an event may wait for its batch: the lag of a log line behind its request.</summary>
    public static readonly TimeSpan Lag = TimeSpan.FromMilliseconds(200);

    public static BatchedConsoleSink ToStandardOutput(ITextFormatter formatter) =>
        new(formatter, new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 64 * 1024));

    public async Task EmitBatchAsync(IReadOnlyCollection<LogEvent> batch)
    {
        foreach (var logEvent in batch) formatter.Format(logEvent, output);
        await output.FlushAsync();
    }

    public Task OnEmptyBatchAsync() => Task.CompletedTask;

    public void Dispose() => output.Dispose();
}
