using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Auth;

/// <summary>The API with one extra endpoint that says nothing about authorization (<see cref="UnmarkedEndpoint"/>).</summary>
public sealed class UnmarkedEndpointApiFactory() : OrdersApiFactory(ApiHostOptions.Default
    .WithServices(services => services.AddSingleton<IStartupFilter, UnmarkedEndpoint>()));
