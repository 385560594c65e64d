using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Platform;

/// <summary><c>OpenApi:Enabled</c> decides whether the document and Swagger UI are served: on in Development, off elsewhere.</summary>
public sealed class OpenApiSwitchTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    public async Task OpenApiAndSwagger_OutsideDevelopmentUnlessEnabled_Return404(string? enabled)
    {
        using var api = OrdersApiFactory.Create(ApiHostOptions.Default.With("OpenApi:Enabled", enabled) with { Environment = "Production" });
        var client = api.CreateClient();

        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApiAndSwagger_OutsideDevelopmentWhenEnabled_AreServed()
    {
        using var api = OrdersApiFactory.Create(ApiHostOptions.Default.With("OpenApi:Enabled", "true") with { Environment = "Production" });
        var client = api.CreateClient();

        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OpenApiAndSwagger_InDevelopmentByDefault_AreServed()
    {
        using var api = OrdersApiFactory.Create(ApiHostOptions.Default.With("OpenApi:Enabled", null) with { Environment = "Development" });
        var client = api.CreateClient();

        (await client.GetAsync("/openapi/v1.json")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/swagger/index.html")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
