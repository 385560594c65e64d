using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Platform;

public sealed class PlatformTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Answers200(string path) =>
        (await factory.CreateClient().GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK);

    [Fact]
    public async Task OpenApiDocument_ListsTheOrderRoutes()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).ShouldBeAsync(HttpStatusCode.OK);
        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        paths.ShouldContain("/api/orders");
        paths.ShouldContain("/api/orders/{id}");
        paths.ShouldContain("/api/products");
        paths.ShouldContain("/api/discounts/{code}");
    }

    [Fact]
    public async Task OpenApiDocument_DescribesOrderEdits()
    {
        var document = await (await factory.CreateClient().GetAsync("/openapi/v1.json")).ShouldBeAsync(HttpStatusCode.OK);

        var edit = document["paths"]!["/api/orders/{id}/edits"]!["post"]!;
        edit["operationId"].Str().ShouldBe("EditOrder");
        edit["description"].Str().ShouldContain("If-Match");
        edit["parameters"]!.AsArray().Select(p => p!["name"].Str()).ShouldContain("dryRun");
        edit["responses"]!.AsObject().Select(r => r.Key).ShouldBe(["200", "400", "403", "404", "409", "412", "428", "502", "503"], ignoreOrder: true);
    }

    [Fact]
    public async Task SwaggerUi_IsServed()
    {
        var response = await factory.CreateClient().GetAsync("/swagger/index.html");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("swagger", Case.Insensitive);
    }

    [Fact]
    public async Task UnknownRoute_Returns404Problem() =>
        await (await factory.CreateClient().GetAsync("/api/nothing-here")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task WrongMethod_Returns405Problem() =>
        await (await factory.CreateClient().DeleteAsync("/api/orders")).ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
}
