using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace Orders.IntegrationTests.Api.Platform;

/// <summary>A Serilog sink for one API host that keeps each event as the JSON object the console writes outside
/// Development.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<JsonNode> _events = new();
    private readonly JsonFormatter _formatter = new(renderMessage: true);

    public void Emit(LogEvent logEvent)
    {
        using var json = new StringWriter();
        _formatter.Format(logEvent, json);
        _events.Enqueue(JsonNode.Parse(json.ToString())!);
    }

    /// <summary>Every event written so far, oldest first.</summary>
    public IReadOnlyList<JsonNode> Events => [.. _events];

    /// <summary>The request event for <paramref name="method"/> <paramref name="path"/>, once it has been written.</summary>
    public Task<JsonNode?> RequestAsync(string method, string path) => Task.FromResult(_events.FirstOrDefault(e =>
        e["Properties"]?["RequestMethod"]?.GetValue<string>() == method && e["Properties"]?["RequestPath"]?.GetValue<string>() == path));
}
