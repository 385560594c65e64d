namespace Orders.IntegrationTests.Api.Auth;

/// <summary>A Clerk-style configuration: the issuer's Authority and the allowed <c>azp</c> values, no <c>ValidAudiences</c>.</summary>
public sealed class AuthorizedPartiesOnlyApiFactory : OidcApiFactory
{
    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = base.Settings;
            settings.Remove("Authentication:Schemes:Bearer:ValidAudiences:0");
            return settings;
        }
    }
}
