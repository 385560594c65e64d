using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Platform;

public sealed class RequestLoggingTests(LoggingApiFactory factory) : IClassFixture<LoggingApiFactory>
{
    [Fact]
    public async Task Request_WhenAuthenticated_LogsMethodPathStatusElapsedUserAndTraceId()
    {
        (await factory.ClientFor("log-reader").GetAsync("/api/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var entry = await Eventually.FoundAsync(() => factory.Logs.RequestAsync("GET", "/api/orders"));

        entry["Level"]!.GetValue<string>().ShouldBe("Information");
        entry["RenderedMessage"]!.GetValue<string>().ShouldStartWith("HTTP \"GET\" \"/api/orders\" responded 200 in ");
        var properties = entry["Properties"]!;
        properties["StatusCode"]!.GetValue<int>().ShouldBe(200);
        properties["Elapsed"]!.GetValue<double>().ShouldBeGreaterThan(0);
        properties["UserId"]!.GetValue<string>().ShouldBe("log-reader");
        properties["TraceId"]!.GetValue<string>().ShouldMatch("^[0-9a-f]{32}$");
    }

    [Fact]
    public async Task Request_WhenAnonymous_LogsNoUser()
    {
        (await factory.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var entry = await Eventually.FoundAsync(() => factory.Logs.RequestAsync("GET", "/health/live"));

        entry["Properties"]!.AsObject().ContainsKey("UserId").ShouldBeFalse();
    }

    [Fact]
    public async Task Request_WhenAnotherHostInTheProcessCameAndWent_StillLogsToThisHostsOwnLogger()
    {
        var client = factory.CreateClient();
        using (var other = new LoggingApiFactory())
        {
            (await other.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
            await Eventually.FoundAsync(() => other.Logs.RequestAsync("GET", "/health/ready"));
        }

        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.FoundAsync(() => factory.Logs.RequestAsync("GET", "/openapi/v1.json"));
        (await factory.Logs.RequestAsync("GET", "/health/ready")).ShouldBeNull();
    }
}
