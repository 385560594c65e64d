using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Auth;

/// <summary>What the <c>Authentication</c> section decides: which audiences are required and which claim holds the role.</summary>
public sealed class AuthConfigurationTests
{
    [Fact]
    public void Start_OutsideDevelopmentWithoutAudienceOrAuthorizedParties_FailsNamingBothKeys()
    {
        using var api = OrdersApiFactory.Create(ApiHostOptions.Default.With("Authentication:Schemes:Bearer:ValidAudiences:0", null));

        var failure = Should.Throw<Exception>(() => api.CreateClient());

        var message = failure.ToString();
        message.ShouldContain("Authentication:Schemes:Bearer:ValidAudiences");
        message.ShouldContain("Authentication:AuthorizedParties");
    }

    [Fact]
    public async Task Start_WithOnlyAuthorizedParties_Starts()
    {
        using var api = OrdersApiFactory.Create(ApiHostOptions.Default.With(new Dictionary<string, string?>
        {
            ["Authentication:Schemes:Bearer:ValidAudiences:0"] = null,
            ["Authentication:AuthorizedParties:0"] = "https://shop.example",
        }));

        (await api.CreateClient().GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AdminRoute_WithTheRoleInTheConfiguredRoleClaim_Returns200_AndTheDefaultClaimNoLongerCounts()
    {
        using var api = OrdersApiFactory.Create(ApiHostOptions.Default.With("Authentication:RoleClaim", "org_role"));

        var viaConfiguredClaim = api.ClientWithToken(TestTokens.Create("org-admin", claims: new Dictionary<string, object> { ["org_role"] = "admin" }));
        var viaDefaultClaim = api.ClientWithToken(TestTokens.Create("role-admin", admin: true));

        await (await viaConfiguredClaim.GetAsync("/api/discounts")).ShouldBeAsync(HttpStatusCode.OK);
        await (await viaDefaultClaim.GetAsync("/api/discounts")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Development_WithTheUserJwtsConfiguration_AcceptsAUserJwtsAdminToken()
    {
        // What `dotnet user-jwts create --role admin` produces: its issuer, the audience from appsettings.Development.json,
        // and a key it writes to the user secrets.
        var key = RandomNumberGenerator.GetBytes(32);
        using var api = OrdersApiFactory.Create(ApiHostOptions.Default.With(new Dictionary<string, string?>
        {
            // Only what user-jwts writes: the test issuer and audience go, its signing key replaces the test one.
            ["Authentication:Schemes:Bearer:ValidIssuer"] = null,
            ["Authentication:Schemes:Bearer:ValidAudiences:0"] = null,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Id"] = "4b1f2a3c",
            ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = "dotnet-user-jwts",
            ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(key),
            ["Authentication:Schemes:Bearer:SigningKeys:0:Length"] = "32",
        }) with { Environment = "Development" });
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "dotnet-user-jwts",
            Audience = "http://localhost:5080",
            Subject = new ClaimsIdentity([new Claim("sub", "boss"), new Claim("unique_name", "boss"), new Claim("role", "admin")]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key) { KeyId = "4b1f2a3c" }, SecurityAlgorithms.HmacSha256),
        });

        await (await api.ClientWithToken(token).GetAsync("/api/discounts")).ShouldBeAsync(HttpStatusCode.OK);
    }
}
