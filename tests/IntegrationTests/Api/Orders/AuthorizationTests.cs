using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Orders;

public sealed class AuthorizationTests(OrdersApiFactory factory) : IClassFixture<OrdersApiFactory>
{
    public static TheoryData<string, string> UserRoutes => new()
    {
        { "GET", "/api/orders" },
        { "POST", "/api/orders" },
        { "GET", "/api/orders/abc" },
    };

    public static TheoryData<string, string> AdminRoutes => new()
    {
        { "POST", "/api/products" },
        { "PATCH", "/api/products/abc" },
        { "DELETE", "/api/products/abc" },
        { "GET", "/api/discounts" },
        { "POST", "/api/discounts" },
        { "PATCH", "/api/discounts/ABC" },
        { "DELETE", "/api/discounts/ABC" },
    };

    [Theory]
    [MemberData(nameof(UserRoutes))]
    [MemberData(nameof(AdminRoutes))]
    public async Task Request_WithoutToken_Returns401Problem(string method, string path) =>
        await (await factory.CreateClient().SendAsync(Request(method, path))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

    [Fact]
    public async Task Request_WithoutToken_Returns401ProblemSayingHowToAuthenticate()
    {
        var response = await factory.CreateClient().GetAsync("/api/orders");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem["detail"].Str().ShouldContain("Authorization: Bearer");
        response.Headers.WwwAuthenticate.ShouldContain(h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task Request_WithExpiredToken_Returns401ProblemSayingToGetANewToken()
    {
        var client = factory.ClientWithToken(TestTokens.Create("late-user", expires: DateTime.UtcNow.AddMinutes(-10)));

        var problem = await (await client.GetAsync("/api/orders")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);

        problem["detail"].Str().ShouldContain("expired");
    }

    [Fact]
    public async Task AdminRoute_AsNonAdmin_Returns403ProblemNamingTheMissingRole()
    {
        var problem = await (await factory.ClientFor("plain-user").GetAsync("/api/discounts")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        problem["detail"].Str().ShouldContain("admin role");
    }

    [Theory]
    [MemberData(nameof(UserRoutes))]
    public async Task Request_WithExpiredToken_Returns401(string method, string path)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Create("late-user", expires: DateTime.UtcNow.AddMinutes(-10)));
        await (await client.SendAsync(Request(method, path))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(UserRoutes))]
    public async Task Request_WithTokenSignedByAnotherKey_Returns401(string method, string path)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Create("forger", admin: true, key: RandomNumberGenerator.GetBytes(32)));
        await (await client.SendAsync(Request(method, path))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData(201)]
    public async Task Request_WithBlankOrOverlongSubject_Returns401(object subject)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Create(subject as string ?? new string('u', (int)subject)));

        await (await client.GetAsync("/api/orders")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.PostAsJsonAsync("/api/orders", new { })).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AdminRoute_AsNonAdmin_Returns403Problem(string method, string path) =>
        await (await factory.ClientFor("plain-user").SendAsync(Request(method, path))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

    [Fact]
    public async Task GetOrder_OfAnotherUser_Returns404ByIdAndByNumber()
    {
        var product = await factory.Admin().CreateProductAsync("Secret gift", 9m, 5);
        var order = await factory.ClientFor("owner").PlaceOrderOkAsync((product, 1));
        var intruder = factory.ClientFor("intruder");

        var byId = await intruder.GetAsync($"/api/orders/{order["id"].Str()}");
        var byNumber = await intruder.GetAsync($"/api/orders/{order["orderNumber"].Str()}");

        (await byId.ShouldBeProblemAsync(HttpStatusCode.NotFound))["detail"].Str().ShouldNotContain("owner");
        await byNumber.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await intruder.GetAsync("/api/orders")).ReadJsonAsync())["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task GetOrder_AsAdmin_ReturnsAnyUsersOrder()
    {
        var product = await factory.Admin().CreateProductAsync("Gift", 9m, 5);
        var order = await factory.ClientFor("customer").PlaceOrderOkAsync((product, 1));

        var seen = await (await factory.Admin().GetAsync($"/api/orders/{order["id"].Str()}")).ShouldBeAsync(HttpStatusCode.OK);

        seen["userId"].Str().ShouldBe("customer");
    }

    [Fact]
    public async Task Catalog_IsReadableWithoutToken()
    {
        await factory.Admin().CreateProductAsync("Public item", 1m, 1);
        (await factory.CreateClient().GetAsync("/api/products")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CreateClient().GetAsync("/api/orders/demo-cart")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), path)
    {
        Content = method is "GET" or "DELETE" ? null : JsonContent.Create(new { }),
    };
}
