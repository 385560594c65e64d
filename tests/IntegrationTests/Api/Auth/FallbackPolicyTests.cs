using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Auth;

/// <summary>Every endpoint requires an authenticated caller unless API.md says anyone may call it: an endpoint that
/// forgets to say is not anonymous, and the anonymous ones are exactly the contract's.</summary>
public sealed class FallbackPolicyTests(UnmarkedEndpointApiFactory factory) : IClassFixture<UnmarkedEndpointApiFactory>
{
    /// <summary>API.md's "anyone" rows: the demo cart, the catalog reads, the signed payment webhooks, health, and the
    /// OpenAPI document where it is published.</summary>
    private static readonly string[] Anonymous =
    [
        "GET /api/orders/demo-cart",
        "GET /api/products/",
        "GET /api/products/{id}",
        "POST /api/payments/webhook",
        "POST /api/payments/stripe/webhook",
        "* /health/live",
        "* /health/ready",
        "GET /openapi/{documentName}.json",
    ];

    [Fact]
    public async Task EndpointWithoutAuthorizationMetadata_WithoutToken_Returns401Problem()
    {
        var problem = await (await factory.CreateClient().GetAsync(UnmarkedEndpoint.Path)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        problem["detail"].Str().ShouldContain("Authorization: Bearer");
    }

    [Fact]
    public async Task EndpointWithoutAuthorizationMetadata_WithToken_Answers()
    {
        var response = await factory.ClientFor("any-user").GetAsync(UnmarkedEndpoint.Path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("unmarked");
    }

    [Fact]
    public async Task UnknownPath_WithoutToken_StaysNotFound() =>
        (await factory.CreateClient().GetAsync("/api/no-such-thing")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

    [Fact]
    public async Task WrongMethod_WithoutToken_StaysMethodNotAllowed() =>
        (await factory.CreateClient().DeleteAsync(UnmarkedEndpoint.Path)).StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);

    [Fact]
    public async Task EveryEndpoint_EitherRequiresAnAuthenticatedCallerOrIsOneTheContractOpensToAnyone()
    {
        factory.CreateClient().Dispose();
        var policies = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var open = new List<string>();
        var unguarded = new List<string>();

        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var name = $"{(methods.Count == 0 ? "*" : string.Join(',', methods))} {endpoint.RoutePattern.RawText}";
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                open.Add(name);
                continue;
            }

            var policy = await AuthorizationPolicy.CombineAsync(policies,
                endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
            if (policy is null || policy.Requirements.Count == 0) unguarded.Add(name);
        }

        unguarded.ShouldBeEmpty();
        open.ShouldBe(Anonymous, ignoreOrder: true);
    }
}
