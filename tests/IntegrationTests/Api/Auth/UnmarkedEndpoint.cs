using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Orders.IntegrationTests.Api.Auth;

/// <summary>Maps <see cref="Path"/> on the API's own routes with no authorization metadata at all, as a new endpoint
/// written without a thought for who may call it would be. The API's route builder is the one the application builder
/// carries for <c>UseRouting</c>, there once the API's pipeline is configured.</summary>
public sealed class UnmarkedEndpoint : IStartupFilter
{
    public const string Path = "/api/test-only/unmarked";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        var routes = app.Properties.Values.OfType<IEndpointRouteBuilder>().Single();
        routes.MapGet(Path, () => Results.Text("unmarked"));
    };
}
