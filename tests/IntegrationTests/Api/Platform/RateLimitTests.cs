using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Orders.Application.Common;
using Orders.IntegrationTests.Api.Payments.Stripe;
using Orders.IntegrationTests.Infrastructure;
using Orders.WebApi.Http;

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

    [Fact]
    public async Task RefusedTokens_AreCountedPerClientAddress_AndDoNotSpendTheUsersOwnAllowance()
    {
        const string peer = "198.51.100.40";
        var forger = factory.ClientWithToken(TestTokens.Create("victim", key: RandomNumberGenerator.GetBytes(32)));
        forger.DefaultRequestHeaders.Add(TestPeerAddress.Header, peer);
        for (var i = 0; i < 3; i++) await (await forger.GetAsync("/api/orders")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        await (await forger.GetAsync("/api/orders")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        var victim = factory.ClientFor("victim");
        victim.DefaultRequestHeaders.Add(TestPeerAddress.Header, peer);
        (await victim.GetAsync("/api/orders")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RequestsWithoutToken_ToAnEndpointThatRefusesThem_AreCountedPerClientAddress()
    {
        var anonymous = factory.CreateClient();
        anonymous.DefaultRequestHeaders.Add(TestPeerAddress.Header, "198.51.100.41");
        for (var i = 0; i < 3; i++) await (await anonymous.GetAsync("/api/orders")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        await (await anonymous.GetAsync("/api/orders")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task AnonymousIPv6Clients_AreCountedPerSlash64()
    {
        for (var i = 0; i < 3; i++) (await AnonymousFrom($"2001:db8:7:1::{i + 1:x}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await AnonymousFrom("2001:db8:7:1:ffff:ffff:ffff:fffe")).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        (await AnonymousFrom("2001:db8:7:2::1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("2001:db8::1", "2001:db8::/64")]
    [InlineData("2001:db8:0:0:ffff:1:2:3", "2001:db8::/64")]
    [InlineData("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("203.0.113.9", "203.0.113.9")]
    public void ClientKey_GroupsIPv6ByItsSlash64_AndIPv4ByAddress(string address, string key) =>
        RateLimitingSetup.ClientKey(IPAddress.Parse(address)).ShouldBe(key);

    [Theory]
    [InlineData("/api/payments/webhook")]
    [InlineData("/api/payments/stripe/webhook")]
    public async Task PaymentWebhooks_WithAValidSignature_AreNeverRateLimited(string path)
    {
        var peer = path.Contains("stripe", StringComparison.Ordinal) ? "198.51.100.31" : "198.51.100.30";
        for (var i = 0; i < 6; i++) (await PostEvent(path, peer, signed: true)).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);

        // The signed ones took nothing from the address's allowance, and still pass once it is spent.
        for (var i = 0; i < 3; i++) (await PostEvent(path, peer, signed: false)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await (await PostEvent(path, peer, signed: false)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        (await PostEvent(path, peer, signed: true)).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
    }

    [Theory]
    [InlineData("/api/payments/webhook")]
    [InlineData("/api/payments/stripe/webhook")]
    public async Task PaymentWebhooks_WithABadSignature_AreRateLimitedPerClientAddress(string path)
    {
        var peer = path.Contains("stripe", StringComparison.Ordinal) ? "198.51.100.33" : "198.51.100.32";
        for (var i = 0; i < 3; i++) (await PostEvent(path, peer, signed: false)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await (await PostEvent(path, peer, signed: false)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
    }

    /// <summary>An event about no order of this shop, signed with the path's secret or with another one.</summary>
    private Task<HttpResponseMessage> PostEvent(string path, string peer, bool signed)
    {
        var stripe = path.Contains("stripe", StringComparison.Ordinal);
        var payload = stripe
            ? StripeEvents.Event("payment_intent.succeeded", new { id = "pi_unknown", @object = "payment_intent", amount = 100, currency = "usd", status = "succeeded" })
            : JsonSerializer.Serialize(new { id = $"evt_{Guid.NewGuid():N}", type = "payment.succeeded", created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(), data = new { intentId = "pi_unknown", amount = 1m, currency = "USD" } });
        var secret = !signed ? "whsec_someone_else" : stripe ? OrdersApiFactory.StripeWebhookSecret : OrdersApiFactory.PaymentWebhookSecret;
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation(stripe ? "Stripe-Signature" : WebhookSignature.HeaderName, WebhookSignature.Sign(payload, secret, DateTimeOffset.UtcNow));
        request.Headers.Add(TestPeerAddress.Header, peer);
        return factory.CreateClient().SendAsync(request);
    }

    private Task<HttpResponseMessage> AnonymousFrom(string peer)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/products");
        request.Headers.Add(TestPeerAddress.Header, peer);
        return factory.CreateClient().SendAsync(request);
    }

    private Task<HttpResponseMessage> Anonymous(string peer, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/products");
        request.Headers.Add(TestPeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return factory.CreateClient().SendAsync(request);
    }
}
