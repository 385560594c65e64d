using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

public sealed class LifecycleAuthorizationTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    /// <summary>Who calls: the order's owner, another user, an admin who is not the owner, or nobody.</summary>
    public static TheoryData<string, string, HttpStatusCode> OrderRoutes => new()
    {
        { "tracking", "owner", HttpStatusCode.OK },
        { "tracking", "other", HttpStatusCode.NotFound },
        { "tracking", "admin", HttpStatusCode.OK },
        { "tracking", "anonymous", HttpStatusCode.Unauthorized },
        { "cancel", "owner", HttpStatusCode.OK },
        { "cancel", "other", HttpStatusCode.NotFound },
        { "cancel", "admin", HttpStatusCode.OK },
        { "cancel", "anonymous", HttpStatusCode.Unauthorized },
        { "status", "owner", HttpStatusCode.Forbidden },
        { "status", "other", HttpStatusCode.Forbidden },
        { "status", "admin", HttpStatusCode.OK },
        { "status", "anonymous", HttpStatusCode.Unauthorized },
        { "status-update", "owner", HttpStatusCode.Forbidden },
        { "status-update", "other", HttpStatusCode.Forbidden },
        { "status-update", "admin", HttpStatusCode.OK },
        { "status-update", "anonymous", HttpStatusCode.Unauthorized },
        { "reject", "owner", HttpStatusCode.Forbidden },
        { "reject", "other", HttpStatusCode.Forbidden },
        { "reject", "admin", HttpStatusCode.OK },
        { "reject", "anonymous", HttpStatusCode.Unauthorized },
    };

    [Theory]
    [MemberData(nameof(OrderRoutes))]
    public async Task OrderRoute_ByCaller_AnswersByRole(string route, string caller, HttpStatusCode expected)
    {
        var product = await _admin.CreateProductAsync($"Role {route} {caller}", 10m, 10);
        var owner = factory.ClientFor($"owner-{route}-{caller}");
        var order = await factory.OrderInStateAsync(owner, product, "paid");
        var client = caller switch
        {
            "owner" => owner,
            "other" => factory.ClientFor($"other-{route}-{caller}"),
            "admin" => _admin,
            _ => factory.CreateClient(),
        };

        var response = route switch
        {
            "tracking" => await client.GetAsync($"/api/orders/{order.Id()}/tracking"),
            "cancel" => await client.CancelAsync(order.Id(), "Role check"),
            "status" => await client.PutStatusAsync(order.Id(), "in_preparation"),
            "status-update" => await client.StatusUpdateAsync(order.Id(), "in_preparation"),
            _ => await client.RejectAsync(order.Id(), "Role check"),
        };

        if (expected == HttpStatusCode.OK) await response.ShouldBeAsync(HttpStatusCode.OK);
        else await response.ShouldBeProblemAsync(expected);
        var after = await _admin.GetOrderAsync(order.Id());
        if (expected != HttpStatusCode.OK || route == "tracking")
        {
            after.Version().ShouldBe(order.Version());
            after.Status().ShouldBe("paid");
            (await _admin.StockOfAsync(product)).ShouldBe(9);
        }
        else
        {
            after.Version().ShouldBeGreaterThan(order.Version());
        }
    }

    [Theory]
    [InlineData("/api/admin/orders")]
    [InlineData("/api/orders/stats")]
    public async Task AdminReadRoute_ByCaller_Answers200OnlyToAdmins(string path)
    {
        await (await _admin.GetAsync(path)).ShouldBeAsync(HttpStatusCode.OK);
        await (await factory.ClientFor("curious-user").GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await factory.CreateClient().GetAsync(path)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task PostCancel_ByOtherUser_Returns404ByIdAndByNumberWithoutRevealingTheOwner()
    {
        var product = await _admin.CreateProductAsync("Not yours", 10m, 10);
        var order = await factory.ClientFor("real-owner").PlaceOrderOkAsync((product, 1));
        var intruder = factory.ClientFor("intruder");

        var byId = await (await intruder.CancelAsync(order.Id())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await intruder.CancelAsync(order["orderNumber"].Str())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await intruder.GetAsync($"/api/orders/{order["orderNumber"].Str()}/tracking")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        byId["detail"].Str().ShouldNotContain("real-owner");
        (await _admin.GetOrderAsync(order.Id())).Status().ShouldBe("pending");
        (await _admin.StockOfAsync(product)).ShouldBe(9);
    }

    [Fact]
    public async Task PostReview_ByCaller_OnlyTheOwnerMayReview()
    {
        var product = await _admin.CreateProductAsync("Review roles", 10m, 10);
        var owner = factory.ClientFor("reviewing-owner");
        var delivered = await factory.OrderInStateAsync(owner, product, "delivered");

        await (await _admin.ReviewAsync(delivered.Id(), 5)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await factory.ClientFor("reviewing-stranger").ReviewAsync(delivered.Id(), 5)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await factory.CreateClient().ReviewAsync(delivered.Id(), 5)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        (await _admin.GetOrderAsync(delivered.Id()))["hasReviewed"]!.GetValue<bool>().ShouldBeFalse();

        var review = await (await owner.ReviewAsync(delivered["orderNumber"].Str(), 3, "Fine")).ShouldBeAsync(HttpStatusCode.Created);
        review["rating"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public async Task PostReview_WhenAnAdminReviewsTheirOwnOrder_Works()
    {
        var product = await _admin.CreateProductAsync("Admin's own purchase", 10m, 10);
        var delivered = await factory.OrderInStateAsync(_admin, product, "delivered");

        await (await _admin.ReviewAsync(delivered.Id(), 5)).ShouldBeAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("pending")]
    [InlineData("paid")]
    [InlineData("shipped")]
    [InlineData("canceled")]
    public async Task PostReview_BeforeDelivery_Returns409(string status)
    {
        var product = await _admin.CreateProductAsync($"Early review {status}", 10m, 10);
        var owner = factory.ClientFor($"early-reviewer-{status}");
        var order = await factory.OrderInStateAsync(owner, product, status);

        await (await owner.ReviewAsync(order.Id(), 5, "Can't wait")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        var after = await _admin.GetOrderAsync(order.Id());
        after["hasReviewed"]!.GetValue<bool>().ShouldBeFalse();
        after.Version().ShouldBe(order.Version());
    }

    [Fact]
    public async Task PostReview_Twice_Returns409AndKeepsTheFirst()
    {
        var product = await _admin.CreateProductAsync("Double review", 10m, 10);
        var owner = factory.ClientFor("double-reviewer");
        var delivered = await factory.OrderInStateAsync(owner, product, "delivered");
        await (await owner.ReviewAsync(delivered.Id(), 4, "Good")).ShouldBeAsync(HttpStatusCode.Created);
        var reviewed = await owner.GetOrderAsync(delivered.Id());

        await (await owner.ReviewAsync(delivered.Id(), 1, "Changed my mind")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        (await owner.GetOrderAsync(delivered.Id())).Version().ShouldBe(reviewed.Version());
    }

    [Theory]
    [InlineData(0, null, "rating")]
    [InlineData(6, null, "rating")]
    [InlineData(-1, null, "rating")]
    [InlineData(null, "No rating", "rating")]
    [InlineData(5, "2001", "comment")]
    public async Task PostReview_WithInvalidInput_Returns400NamingTheField(int? rating, string? comment, string field)
    {
        var product = await _admin.CreateProductAsync($"Invalid review {rating} {comment}", 10m, 10);
        var owner = factory.ClientFor($"invalid-reviewer-{rating}-{field}");
        var delivered = await factory.OrderInStateAsync(owner, product, "delivered");

        var response = await owner.ReviewAsync(delivered.Id(), rating, comment == "2001" ? new string('c', 2001) : comment);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]![field].ShouldNotBeNull();
        var after = await owner.GetOrderAsync(delivered.Id());
        after["hasReviewed"]!.GetValue<bool>().ShouldBeFalse();
        after.Version().ShouldBe(delivered.Version());
    }

    [Fact]
    public async Task PostReview_WithCommentOf2000Chars_Works()
    {
        var product = await _admin.CreateProductAsync("Long review", 10m, 10);
        var owner = factory.ClientFor("long-reviewer");
        var delivered = await factory.OrderInStateAsync(owner, product, "delivered");

        var review = await (await owner.ReviewAsync(delivered.Id(), 5, new string('c', 2000))).ShouldBeAsync(HttpStatusCode.Created);

        review["comment"].Str().Length.ShouldBe(2000);
    }

    [Fact]
    public async Task PostReview_WithNonNumericRating_Returns400Problem()
    {
        var product = await _admin.CreateProductAsync("Text rating", 10m, 10);
        var owner = factory.ClientFor("text-rater");
        var delivered = await factory.OrderInStateAsync(owner, product, "delivered");

        var response = await owner.PostAsJsonAsync($"/api/orders/{delivered.Id()}/review", new JsonObject { ["rating"] = "five" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
