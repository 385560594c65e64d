using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Auth;

/// <summary>What the <c>Authentication</c> section decides: which audiences are required and which claim holds the role.</summary>
public sealed class AuthConfigurationTests
{
    [Fact]
    public void Start_OutsideDevelopmentWithoutAudienceOrAuthorizedParties_FailsNamingBothKeys()
    {
        using var api = new CustomApiFactory(s => s.Remove("Authentication:Schemes:Bearer:ValidAudiences:0"));

        var failure = Should.Throw<Exception>(() => api.CreateClient());

        var message = failure.ToString();
        message.ShouldContain("Authentication:Schemes:Bearer:ValidAudiences");
        message.ShouldContain("Authentication:AuthorizedParties");
    }

    [Fact]
    public async Task Start_WithOnlyAuthorizedParties_Starts()
    {
        using var api = new CustomApiFactory(s =>
        {
            s.Remove("Authentication:Schemes:Bearer:ValidAudiences:0");
            s["Authentication:AuthorizedParties:0"] = "https://shop.example";
        });

        (await api.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AdminRoute_WithTheRoleInTheConfiguredRoleClaim_Returns200_AndTheDefaultClaimNoLongerCounts()
    {
        using var api = new CustomApiFactory(s => s["Authentication:RoleClaim"] = "org_role");

        var viaConfiguredClaim = api.ClientWithToken(TestTokens.Create("org-admin", claims: new Dictionary<string, object> { ["org_role"] = "admin" }));
        var viaDefaultClaim = api.ClientWithToken(TestTokens.Create("role-admin", admin: true));

        await (await viaConfiguredClaim.GetAsync("/api/discounts")).ShouldBeAsync(HttpStatusCode.OK);
        await (await viaDefaultClaim.GetAsync("/api/discounts")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
