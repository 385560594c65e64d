using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Auth;

/// <summary>Tokens from a real OIDC issuer configured by <c>Authority</c> alone: issuer, audience (or <c>azp</c>),
/// signature and algorithm are all checked.</summary>
public sealed class OidcAuthenticationTests(OidcApiFactory factory) : IClassFixture<OidcApiFactory>
{
    private OidcIssuer Issuer => factory.Issuer;

    [Fact]
    public async Task Get_WithTokenForThisAudience_Returns200() =>
        await (await Get(Issuer.CreateToken("oidc-user", OrdersApiFactory.OidcAudience))).ShouldBeAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Get_WithTokenForAnotherAudience_Returns401() =>
        await (await Get(Issuer.CreateToken("oidc-user", "another-api", admin: true))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Get_WithoutAudienceAndWithAnAllowedAuthorizedParty_Returns200() =>
        await (await Get(Issuer.CreateToken("clerk-user", audience: null, OrdersApiFactory.OidcAuthorizedParty))).ShouldBeAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Get_WithoutAudienceAndWithAnotherAuthorizedParty_Returns401() =>
        await (await Get(Issuer.CreateToken("clerk-user", audience: null, "https://other-shop.example"))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Get_WithoutAudienceOrAuthorizedParty_Returns401() =>
        await (await Get(Issuer.CreateToken("bare-user", audience: null))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Get_WithAnotherAudienceAndAnAllowedAuthorizedParty_Returns401() =>
        await (await Get(Issuer.CreateToken("oidc-user", "another-api", OrdersApiFactory.OidcAuthorizedParty))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Get_WithTokenSignedByTheIssuersKeyButNamingAnotherIssuer_Returns401() =>
        await (await Get(Issuer.CreateToken("oidc-user", OrdersApiFactory.OidcAudience, issuer: "https://evil.example"))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task AdminRoute_WithHs256TokenUsingThePublicKeyAsSecret_Returns401()
    {
        await (await Get(Issuer.CreateToken("warm-up", OrdersApiFactory.OidcAudience))).ShouldBeAsync(HttpStatusCode.OK);

        var forged = Issuer.CreateHs256TokenWithPublicKey("forger", OrdersApiFactory.OidcAudience);

        await (await factory.ClientWithToken(forged).GetAsync("/api/discounts")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AdminRoute_WithAdminTokenForThisAudience_Returns200() =>
        await (await factory.ClientWithToken(Issuer.CreateToken("oidc-admin", OrdersApiFactory.OidcAudience, admin: true)).GetAsync("/api/discounts"))
            .ShouldBeAsync(HttpStatusCode.OK);

    private Task<HttpResponseMessage> Get(string token) => factory.ClientWithToken(token).GetAsync("/api/orders");
}
