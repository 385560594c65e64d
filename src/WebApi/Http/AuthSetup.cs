using Orders.Application.Common;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Orders.WebApi.Http;

public static class AuthSetup
{
    public const string AdminPolicy = "admin";

    /// <summary>JWT bearer tokens from any OIDC issuer, configured under <c>Authentication:Schemes:Bearer</c>
    /// (Authority, or ValidIssuer/ValidAudiences/SigningKeys as <c>dotnet user-jwts</c> writes them).</summary>
    public static IServiceCollection AddOrdersAuth(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options => options.Events = new JwtBearerEvents
        {
            // A signed token is still refused when it names no user we can store (orders keep the subject).
            OnTokenValidated = context =>
            {
                if (HttpCurrentUser.From(context.Principal) is null)
                    context.Fail($"The token needs a subject (sub) of at most {UserContext.MaxIdLength} characters.");
                return Task.CompletedTask;
            },
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(HttpCurrentUser.AdminRole));
        return services;
    }
}
