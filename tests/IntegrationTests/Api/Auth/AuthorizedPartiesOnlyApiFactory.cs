using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Auth;

/// <summary>A Clerk-style configuration: the issuer's Authority and the allowed <c>azp</c> values, no <c>ValidAudiences</c>.</summary>
public sealed class AuthorizedPartiesOnlyApiFactory()
    : OrdersApiFactory((ApiHostOptions.Default with { Oidc = true }).With("Authentication:Schemes:Bearer:ValidAudiences:0", null));
