namespace Orders.IntegrationTests.Api.Auth;

/// <summary>Its own issuer and API for the key-rotation test, so rotating keys never races the other OIDC tests.</summary>
public sealed class RotatingOidcApiFactory : OidcApiFactory;
