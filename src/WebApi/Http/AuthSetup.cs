using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Orders.Application.Common;

namespace Orders.WebApi.Http;

public static class AuthSetup
{
    public const string AdminPolicy = "admin";

    private const string Scheme = JwtBearerDefaults.AuthenticationScheme;
    private const string AudiencesKey = "Authentication:Schemes:Bearer:ValidAudiences";
    private const string PartiesKey = "Authentication:AuthorizedParties";

    /// <summary>JWT bearer tokens from any OIDC issuer, configured under <c>Authentication:Schemes:Bearer</c>
    /// (Authority, or ValidIssuer/ValidAudiences/SigningKeys as <c>dotnet user-jwts</c> writes them). Issuer, audience
    /// (or <c>azp</c>), lifetime and signature are always checked.</summary>
    public static IServiceCollection AddOrdersAuth(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var auth = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddSingleton(auth);

        services.AddAuthentication(Scheme).AddJwtBearer(options => options.Events = new JwtBearerEvents
        {
            // A signed token is still refused when it names no user we can store (orders keep the subject).
            OnTokenValidated = context =>
            {
                if (context.Principal.FindContext() is null)
                    context.Fail($"The token needs a subject (sub) of at most {UserContext.MaxIdLength} characters.");
                return Task.CompletedTask;
            },
            OnChallenge = WriteChallengeAsync,
            OnForbidden = context => WriteProblemAsync(context.HttpContext, StatusCodes.Status403Forbidden, "Forbidden.",
                $"Your token is valid but does not carry the admin role (claim '{auth.RoleClaim}') this operation needs; " +
                "sign in with an admin account or ask the shop to grant the role."),
        });

        // The configuration binder replaces TokenValidationParameters and turns the issuer and audience checks on only
        // when they are listed, so with just an Authority any token that issuer signs for any application would pass.
        services.PostConfigure<JwtBearerOptions>(Scheme, options =>
        {
            options.MapInboundClaims = false;
            // A key the issuer no longer publishes is revoked; a failed metadata refresh keeps the current keys anyway.
            if (options.ConfigurationManager is BaseConfigurationManager manager) manager.UseLastKnownGoodConfiguration = false;
            var parameters = options.TokenValidationParameters;
            parameters.ValidateIssuer = true;
            parameters.ValidateAudience = true;
            parameters.ValidateLifetime = true;
            parameters.ValidateIssuerSigningKey = true;
            parameters.RequireSignedTokens = true;
            parameters.RequireExpirationTime = true;
            parameters.RoleClaimType = auth.RoleClaim;
            parameters.NameClaimType = "name";
            parameters.AudienceValidator = (audiences, token, validation) => AudienceAccepted(audiences, token, validation, auth);
            // The framework's keys from configuration are a lazy sequence that re-reads the configuration (under its
            // lock) for every request's copy of these parameters: read once.
            if (parameters.IssuerSigningKeys is { } keys) parameters.IssuerSigningKeys = keys.ToList();
        });

        services.AddOptions<JwtBearerOptions>(Scheme)
            .Validate(options => environment.IsDevelopment() || HasAudience(options.TokenValidationParameters) || auth.AuthorizedParties.Length > 0,
                $"No token audience is configured: set {AudiencesKey} (the aud values this API accepts) or {PartiesKey} " +
                "(the azp values accepted from tokens without aud, as Clerk issues them).")
            .ValidateOnStart();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new EndpointCallerRequirement()).Build())
            .AddPolicy(AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(CallerClaims.AdminRole));
        return services;
    }

    private static bool HasAudience(TokenValidationParameters parameters) =>
        !string.IsNullOrEmpty(parameters.ValidAudience) || parameters.ValidAudiences?.Any() == true;

    private static bool AudienceAccepted(IEnumerable<string> audiences, SecurityToken token, TokenValidationParameters parameters, AuthOptions auth)
    {
        var listed = audiences.ToList();
        if (listed.Count > 0)
        {
            var valid = (parameters.ValidAudiences ?? []).Append(parameters.ValidAudience).OfType<string>().ToHashSet(StringComparer.Ordinal);
            return listed.Any(valid.Contains);
        }

        // Only a token without any audience may name its client instead: one issued for another API stays refused.
        return token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("azp", out var azp)
            && auth.AuthorizedParties.Contains(azp, StringComparer.Ordinal);
    }

    private static Task WriteChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var header = string.IsNullOrEmpty(context.Error) ? "Bearer" : $"Bearer error=\"{context.Error}\"";
        if (!string.IsNullOrEmpty(context.ErrorDescription)) header += $", error_description=\"{context.ErrorDescription}\"";
        context.Response.Headers.WWWAuthenticate = header;

        var detail = context.AuthenticateFailure switch
        {
            null => "Send a bearer token from the shop's identity provider: Authorization: Bearer <JWT>.",
            SecurityTokenExpiredException => "The token has expired: sign in again or refresh it, then retry with the new token.",
            var failure => $"The token was refused ({(string.IsNullOrEmpty(context.ErrorDescription) ? failure.Message : context.ErrorDescription)}): " +
                "send a current token the shop's identity provider issued for this API.",
        };
        return WriteProblemAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Authentication required.", detail);
    }

    private static async Task WriteProblemAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail },
        });
    }
}
