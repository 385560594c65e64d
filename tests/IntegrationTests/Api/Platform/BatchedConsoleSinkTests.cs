using System.Text.Json.Nodes;
using Orders.WebApi.Http;
using Serilog;
using Serilog.Configuration;
using Serilog.Formatting.Json;

namespace Orders.IntegrationTests.Api.Platform;

public sealed class BatchedConsoleSinkTests
{
    [Fact]
    public async Task EmitBatch_WritesEachEventAsOneJsonLineInOrder()
    {
        var output = new StringWriter();
        var sink = new BatchedConsoleSink(new JsonFormatter(renderMessage: true), output);
        using var templates = new LoggerConfiguration().CreateLogger();

        await sink.EmitBatchAsync([Event(templates, "first {N}", 1), Event(templates, "second {N}", 2)]);

        Lines(output).Select(l => l["RenderedMessage"]!.GetValue<string>()).ShouldBe(["first 1", "second 2"]);
    }

    [Fact]
    public void Logger_WhenDisposed_WritesTheEventsStillWaitingForTheirBatch()
    {
        var output = new StringWriter();
        var logger = new LoggerConfiguration()
            .WriteTo.Sink(new BatchedConsoleSink(new JsonFormatter(renderMessage: true), output),
                new BatchingOptions { BufferingTimeLimit = TimeSpan.FromHours(1), EagerlyEmitFirstEvent = false })
            .CreateLogger();

        for (var i = 1; i <= 3; i++) logger.Information("request {N}", i);
        logger.Dispose();

        Lines(output).Select(l => l["Properties"]!["N"]!.GetValue<int>()).ShouldBe([1, 2, 3]);
    }

    private static List<JsonNode> Lines(StringWriter output) =>
        [.. output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!)];

    private static Serilog.Events.LogEvent Event(ILogger logger, string template, int n)
    {
        logger.BindMessageTemplate(template, [n], out var parsed, out var properties).ShouldBeTrue();
        return new Serilog.Events.LogEvent(DateTimeOffset.UtcNow, Serilog.Events.LogEventLevel.Information, null, parsed!, properties!);
    }
}
