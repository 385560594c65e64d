using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>A real OIDC issuer (Kestrel on 127.0.0.1): a discovery document and a JWKS of RS256 keys, as Auth0, Clerk
/// or Keycloak publish them. <see cref="RotateKey"/> replaces the signing key (new kid, the old one removed).</summary>
public sealed class OidcIssuer : IDisposable
{
    private readonly WebApplication _app;
    private RSA _rsa = RSA.Create(2048);
    private string _kid = NewKid();

    private OidcIssuer(WebApplication app) => _app = app;

    /// <summary>The issuer URL (<c>iss</c>) and the Authority to configure.</summary>
    public string Url { get; private set; } = "";

    public string KeyId => _kid;

    public static OidcIssuer Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var issuer = new OidcIssuer(builder.Build());
        issuer._app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer.Url,
            ["jwks_uri"] = $"{issuer.Url}/jwks",
            ["authorization_endpoint"] = $"{issuer.Url}/authorize",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        issuer._app.MapGet("/jwks", () => Results.Json(new { keys = new[] { issuer.PublicJwk() } }));
        issuer._app.StartAsync().GetAwaiter().GetResult();
        issuer.Url = issuer._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return issuer;
    }

    /// <summary>The issuer starts signing with a new key and publishes only that one.</summary>
    public void RotateKey()
    {
        var old = _rsa;
        _rsa = RSA.Create(2048);
        _kid = NewKid();
        old.Dispose();
    }

    /// <summary>A token signed with the current key; <paramref name="audience"/> null leaves <c>aud</c> out.</summary>
    public string CreateToken(string userId, string? audience, string? authorizedParty = null, bool admin = false, string? issuer = null) =>
        Sign(userId, audience, authorizedParty, admin, issuer, new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = _kid }, SecurityAlgorithms.RsaSha256));

    /// <summary>The algorithm-confusion forgery: HS256 with the issuer's published public key as the HMAC secret.</summary>
    public string CreateHs256TokenWithPublicKey(string userId, string audience)
    {
        var secret = Encoding.UTF8.GetBytes(_rsa.ExportSubjectPublicKeyInfoPem());
        return Sign(userId, audience, null, admin: true, null, new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = _kid }, SecurityAlgorithms.HmacSha256));
    }

    private string Sign(string userId, string? audience, string? authorizedParty, bool admin, string? issuer, SigningCredentials credentials)
    {
        var claims = new List<Claim> { new("sub", userId) };
        if (admin) claims.Add(new Claim("role", "admin"));
        var extra = new Dictionary<string, object>();
        if (authorizedParty is not null) extra["azp"] = authorizedParty;
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Url,
            Audience = audience,
            Subject = new ClaimsIdentity(claims),
            Claims = extra,
            NotBefore = now.AddMinutes(-1),
            IssuedAt = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            SigningCredentials = credentials,
        });
    }

    private Dictionary<string, string> PublicJwk()
    {
        var key = _rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["kid"] = _kid,
            ["n"] = Base64UrlEncoder.Encode(key.Modulus),
            ["e"] = Base64UrlEncoder.Encode(key.Exponent),
        };
    }

    private static string NewKid() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    public void Dispose()
    {
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _rsa.Dispose();
    }
}
