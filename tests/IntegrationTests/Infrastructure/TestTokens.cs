using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Orders.IntegrationTests.Infrastructure;

/// <summary>Signs tokens the way any OIDC issuer would, with a key the test server is configured to trust.</summary>
public static class TestTokens
{
    public const string Issuer = "orders-tests";
    public const string Audience = "orders-api";

    private static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);

    public static string SigningKeyBase64 => Convert.ToBase64String(SigningKey);

    public static string Create(
        string userId, bool admin = false, string? email = null, DateTime? expires = null, byte[]? key = null,
        IReadOnlyDictionary<string, object>? claims = null)
    {
        var subject = new List<Claim> { new("sub", userId) };
        if (admin) subject.Add(new Claim("role", "admin"));
        if (email is not null) subject.Add(new Claim("email", email));
        var expiry = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity(subject),
            Claims = claims?.ToDictionary(),
            NotBefore = expiry.AddHours(-2),
            IssuedAt = expiry.AddHours(-2),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? SigningKey), SecurityAlgorithms.HmacSha256),
        });
    }
}
