using Microsoft.AspNetCore.Authorization;

namespace Orders.WebApi.Http;

/// <summary>The fallback policy's one rule: an endpoint that says nothing about authorization answers only an
/// authenticated caller (401 otherwise), so a new endpoint is never anonymous by omission; the endpoints API.md lets
/// anyone call say <c>AllowAnonymous</c>. A request that matched no mapped endpoint passes: an unknown path stays a 404,
/// a wrong method a 405 (routing answers it with an endpoint of its own, never a <see cref="RouteEndpoint"/>, as every
/// mapped one is), and the Swagger UI, served without an endpoint when it is enabled, stays public.</summary>
public sealed class EndpointCallerRequirement : AuthorizationHandler<EndpointCallerRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EndpointCallerRequirement requirement)
    {
        var notMapped = context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint;
        if (notMapped || context.User.Identities.Any(i => i.IsAuthenticated)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
