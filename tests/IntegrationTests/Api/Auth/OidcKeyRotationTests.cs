using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Auth;

public sealed class OidcKeyRotationTests(OidcApiFactory factory) : IClassFixture<OidcApiFactory>
{
    [Fact]
    public async Task Get_AfterTheIssuerRotatesItsKey_AcceptsTheNewKeyWithoutRestart_AndRefusesTheOldOne()
    {
        var issuer = factory.Issuer;
        var oldToken = issuer.CreateToken("rotating-user", OrdersApiFactory.OidcAudience);
        await (await Get(oldToken)).ShouldBeAsync(HttpStatusCode.OK);

        issuer.RotateKey();
        var newToken = issuer.CreateToken("rotating-user", OrdersApiFactory.OidcAudience);

        // The first request with the unknown kid triggers the metadata refresh, which may complete in the background.
        await Eventually.TrueAsync(async () => (await Get(newToken)).StatusCode == HttpStatusCode.OK, "a token signed with the rotated key is accepted");
        await (await Get(oldToken)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    private Task<HttpResponseMessage> Get(string token) => factory.ClientWithToken(token).GetAsync("/api/orders");
}
