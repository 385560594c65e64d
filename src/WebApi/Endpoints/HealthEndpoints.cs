using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Orders.WebApi.Endpoints;

public static class HealthEndpoints
{
    /// <summary>/health/live answers while the process runs; /health/ready also needs the database. Anyone may ask.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithTags("Health").AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).WithTags("Health").AllowAnonymous();
        return app;
    }
}
