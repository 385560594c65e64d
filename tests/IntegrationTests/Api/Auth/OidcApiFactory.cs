using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Auth;

/// <summary>The test API trusting a real OIDC issuer through <c>Authority</c> alone (discovery and JWKS over plain HTTP),
/// accepting the audience <see cref="Audience"/> and, from tokens without one, the client <see cref="AuthorizedParty"/>.</summary>
public class OidcApiFactory : OrdersApiFactory
{
    public const string Audience = "orders-api";
    public const string AuthorizedParty = "https://shop.example";

    public OidcIssuer Issuer { get; } = OidcIssuer.Start();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            foreach (var key in settings.Keys.Where(k => k.StartsWith("Authentication:", StringComparison.Ordinal)).ToList())
                settings.Remove(key);
            settings["Authentication:Schemes:Bearer:Authority"] = Issuer.Url;
            settings["Authentication:Schemes:Bearer:RequireHttpsMetadata"] = "false";
            settings["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience;
            settings["Authentication:AuthorizedParties:0"] = AuthorizedParty;
            // Lets a rotated key be fetched at once; the default throttles metadata refreshes to one per 5 minutes.
            settings["Authentication:Schemes:Bearer:RefreshInterval"] = "00:00:01";
            return settings;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Issuer.Dispose();
    }
}
