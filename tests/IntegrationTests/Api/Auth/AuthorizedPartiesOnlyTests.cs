using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Auth;

/// <summary>With no audience listed, a token the issuer signed for some other application must still be refused.</summary>
public sealed class AuthorizedPartiesOnlyTests(AuthorizedPartiesOnlyApiFactory factory) : IClassFixture<AuthorizedPartiesOnlyApiFactory>
{
    [Fact]
    public async Task AdminRoute_WithAdminTokenForAnotherApplication_Returns401() =>
        await (await factory.ClientWithToken(factory.Issuer.CreateToken("other-app-admin", "another-api", admin: true)).GetAsync("/api/discounts"))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Get_WithoutAudienceAndWithAnAllowedAuthorizedParty_Returns200() =>
        await (await factory.ClientWithToken(factory.Issuer.CreateToken("clerk-user", audience: null, OrdersApiFactory.OidcAuthorizedParty)).GetAsync("/api/orders"))
            .ShouldBeAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Get_WithoutAudienceAndWithAnotherAuthorizedParty_Returns401() =>
        await (await factory.ClientWithToken(factory.Issuer.CreateToken("clerk-user", audience: null, "https://other-shop.example")).GetAsync("/api/orders"))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
}
