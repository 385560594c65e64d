using System.Text.Json.Nodes;
using Orders.WebApi.Http;
using Serilog;
using Serilog.Configuration;
using Serilog.Formatting.Json;

namespace Orders.IntegrationTests.Api.Platform;

public sealed class BatchedConsoleSinkTests
{
    [Fact]
    public void Logger_WhenDisposed_WritesTheEventsStillWaitingForTheirBatch_OneJsonLineEachInOrder()
    {
        var output = new StringWriter();
        var logger = new LoggerConfiguration()
            .WriteTo.Sink(new BatchedConsoleSink(new JsonFormatter(renderMessage: true), output),
                new BatchingOptions { BufferingTimeLimit = TimeSpan.FromHours(1), EagerlyEmitFirstEvent = false })
            .CreateLogger();

        for (var i = 1; i <= 3; i++) logger.Information("request {N}", i);
        logger.Dispose();

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        lines.Select(l => l["RenderedMessage"]!.GetValue<string>()).ShouldBe(["request 1", "request 2", "request 3"]);
        lines.Select(l => l["Properties"]!["N"]!.GetValue<int>()).ShouldBe([1, 2, 3]);
    }
}
