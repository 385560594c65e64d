using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Orders.IntegrationTests.Fuzz;

/// <summary>A Serilog sink on the fuzzed server that keeps every logged exception with the trace id of the request it
/// happened in, so a 5xx can be reported with its exception and stack.</summary>
public sealed class FuzzServerLog : ILogEventSink
{
    private readonly ConcurrentQueue<(string? TraceId, string? Path, Exception Exception)> _exceptions = new();

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Exception is null) return;
        var path = logEvent.Properties.TryGetValue("RequestPath", out var value) && value is ScalarValue { Value: string p } ? p : null;
        _exceptions.Enqueue((logEvent.TraceId?.ToHexString(), path, logEvent.Exception));
    }

    /// <summary>The exceptions logged for the request with this W3C trace id (the <c>traceId</c> of a problem answer,
    /// <c>00-&lt;trace&gt;-&lt;span&gt;-00</c>, or just the 32 hex digits). An answer without a trace id (an empty or
    /// non-JSON body) gets those logged for its path: with requests in parallel, a guess worth printing but not trusting.</summary>
    public IReadOnlyList<Exception> For(string? traceId, string path)
    {
        if (traceId is not null)
        {
            var trace = traceId.Split('-') is { Length: 4 } parts ? parts[1] : traceId;
            return [.. _exceptions.Where(e => e.TraceId == trace).Select(e => e.Exception).Distinct()];
        }

        return [.. _exceptions.Where(e => e.Path == path).Select(e => e.Exception).Distinct()];
    }
}
