namespace Orders.WebApi.Http;

/// <summary>The <c>Authentication</c> section beside the JwtBearer scheme's own keys.</summary>
public sealed class AuthOptions
{
    public const string Section = "Authentication";

    /// <summary>The claim that carries the <c>admin</c> role.</summary>
    public string RoleClaim { get; init; } = "role";

    /// <summary><c>azp</c> values accepted from tokens that carry no <c>aud</c> (Clerk's session tokens).</summary>
    public string[] AuthorizedParties { get; init; } = [];
}
