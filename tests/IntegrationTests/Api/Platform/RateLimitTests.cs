using System.Net;
using System.Net.Http.Json;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Platform;

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

    [Fact]
    public async Task AnonymousRequests_ThroughAKnownProxy_AreCountedPerForwardedClient()
    {
        for (var i = 0; i < 3; i++) (await Anonymous(RateLimitedApiFactory.KnownProxy, "203.0.113.1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await Anonymous(RateLimitedApiFactory.KnownProxy, "203.0.113.1")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        (await Anonymous(RateLimitedApiFactory.KnownProxy, "203.0.113.2")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("198.51.100.7")]
    [InlineData("127.0.0.1")]   // loopback is no proxy unless configured
    public async Task AnonymousRequests_FromAnUnknownPeer_IgnoreXForwardedFor(string peer)
    {
        for (var i = 0; i < 3; i++) (await Anonymous(peer, $"192.0.2.{i + 1}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await Anonymous(peer, "192.0.2.99")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_IsNeverRateLimited(string path)
    {
        var probe = factory.CreateClient();
        probe.DefaultRequestHeaders.Add(TestPeerAddress.Header, "198.51.100.20");

        for (var i = 0; i < 10; i++) (await probe.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/api/payments/webhook")]
    [InlineData("/api/payments/stripe/webhook")]
    public async Task SignedPaymentWebhooks_AreNeverRateLimited(string path)
    {
        var provider = factory.CreateClient();
        provider.DefaultRequestHeaders.Add(TestPeerAddress.Header, "198.51.100.30");

        for (var i = 0; i < 10; i++)
            (await provider.PostAsJsonAsync(path, new { id = $"evt_{i}", type = "payment.succeeded" })).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
    }

    private Task<HttpResponseMessage> Anonymous(string peer, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/products");
        request.Headers.Add(TestPeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return factory.CreateClient().SendAsync(request);
    }
}
