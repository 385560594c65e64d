using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Auth;

/// <summary>The test API trusting a real OIDC issuer (<see cref="OrdersApiFactory.Issuer"/>) through <c>Authority</c>
/// alone (discovery and JWKS over plain HTTP), accepting the audience <see cref="OrdersApiFactory.OidcAudience"/> and,
/// from tokens without one, the client <see cref="OrdersApiFactory.OidcAuthorizedParty"/>. Each test class gets its own
/// issuer, so rotating keys in one never races the others.</summary>
public sealed class OidcApiFactory() : OrdersApiFactory(ApiHostOptions.Default with { Oidc = true });
