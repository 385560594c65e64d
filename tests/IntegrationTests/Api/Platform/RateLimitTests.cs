using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Platform;

public sealed class RateLimitedApiFactory : OrdersApiFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings["RateLimiting:PermitsPerMinute"] = "3";
            return settings;
        }
    }
}

public sealed class RateLimitTests(RateLimitedApiFactory factory) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task Requests_OverThePerUserLimit_Get429WithRetryAfter()
    {
        var client = factory.ClientFor("hasty");
        for (var i = 0; i < 3; i++) (await client.GetAsync("/api/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await client.GetAsync("/api/orders");

        await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        int.Parse(refused.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 60);
        (await factory.ClientFor("patient").GetAsync("/api/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
