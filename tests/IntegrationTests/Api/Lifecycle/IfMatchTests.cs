using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

public sealed class IfMatchTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task PutStatus_WithCurrentETag_Succeeds()
    {
        var product = await _admin.CreateProductAsync("Fresh etag", 10m, 10);
        var paid = await factory.OrderInStateAsync(factory.ClientFor("fresh-etag"), product, "paid");
        var current = await _admin.GetAsync($"/api/orders/{paid.Id()}");
        var etag = current.Headers.ETag!.Tag;
        etag.ShouldBe($"\"{paid.Version()}\"");

        var response = await _admin.PutStatusAsync(paid.Id(), "in_preparation", ifMatch: etag);

        var changed = await response.ShouldBeAsync(HttpStatusCode.OK);
        changed.Status().ShouldBe("in_preparation");
        response.Headers.ETag!.Tag.ShouldBe($"\"{changed.Version()}\"");
        changed.Version().ShouldBeGreaterThan(paid.Version());

        // The new ETag works for the next step; the weak form and "*" are accepted too.
        await (await _admin.PutStatusAsync(paid.Id(), "ready", ifMatch: $"W/{response.Headers.ETag.Tag}")).ShouldBeAsync(HttpStatusCode.OK);
        await (await _admin.PutStatusAsync(paid.Id(), "shipped", trackingNumber: "T-1", shippingCarrier: "DHL", ifMatch: "*")).ShouldBeAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PutStatus_WithStaleETag_Returns412AndChangesNothing()
    {
        var product = await _admin.CreateProductAsync("Stale etag", 10m, 10);
        var paid = await factory.OrderInStateAsync(factory.ClientFor("stale-etag"), product, "paid");
        var staleTag = $"\"{paid.Version()}\"";
        var moved = await _admin.MoveAsync(paid.Id(), "in_preparation");

        var response = await _admin.PutStatusAsync(paid.Id(), "canceled", note: "Based on an old view", ifMatch: staleTag);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        var after = await _admin.GetOrderAsync(paid.Id());
        after.ToJsonString().ShouldBe(moved.ToJsonString());
        (await _admin.StockOfAsync(product)).ShouldBe(9);
    }

    [Fact]
    public async Task PostCancel_WithStaleETag_Returns412AndChangesNothing()
    {
        var product = await _admin.CreateProductAsync("Stale cancel", 10m, 10);
        var owner = factory.ClientFor("stale-canceler");
        var placed = await owner.PlaceOrderOkAsync((product, 1));
        await factory.CreateClient().PayAsync(placed);

        await (await owner.CancelAsync(placed.Id(), "Old view", ifMatch: $"\"{placed.Version()}\"")).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        var after = await _admin.GetOrderAsync(placed.Id());
        after.Status().ShouldBe("paid");
        after.PaymentStatus().ShouldBe("succeeded");
        (await _admin.StockOfAsync(product)).ShouldBe(9);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("\"abc\"")]
    public async Task PutStatus_WithMalformedIfMatch_Returns400(string ifMatch)
    {
        var product = await _admin.CreateProductAsync($"Bad etag {ifMatch.Length}", 10m, 10);
        var paid = await factory.OrderInStateAsync(factory.ClientFor($"bad-etag-{ifMatch.Length}"), product, "paid");

        await (await _admin.PutStatusAsync(paid.Id(), "in_preparation", ifMatch: ifMatch)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await _admin.GetOrderAsync(paid.Id())).Version().ShouldBe(paid.Version());
    }

    [Fact]
    public async Task PostStatusUpdate_ByIdAndByOrderNumber_ChangesTheStatus()
    {
        var product = await _admin.CreateProductAsync("Legacy client", 10m, 10);
        var paid = await factory.OrderInStateAsync(factory.ClientFor("legacy-customer"), product, "paid");

        var byId = await (await _admin.StatusUpdateAsync(paid.Id(), "in_preparation")).ShouldBeAsync(HttpStatusCode.OK);
        var byNumber = await (await _admin.StatusUpdateAsync(paid["orderNumber"].Str(), "ready")).ShouldBeAsync(HttpStatusCode.OK);

        byId.Status().ShouldBe("in_preparation");
        byNumber.Status().ShouldBe("ready");
        byNumber.Id().ShouldBe(paid.Id());
        byNumber.Path().ShouldBe(["null>pending", "pending>paid", "paid>in_preparation", "in_preparation>ready"]);
        (await _admin.GetOrderAsync(paid.Id())).Status().ShouldBe("ready");
    }

    [Fact]
    public async Task PostStatusUpdate_ForbiddenTransition_Returns409LikePut()
    {
        var product = await _admin.CreateProductAsync("Legacy forbidden", 10m, 10);
        var pending = await factory.ClientFor("legacy-forbidden").PlaceOrderOkAsync((product, 1));

        var problem = await (await _admin.StatusUpdateAsync(pending.Id(), "shipped")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem["detail"].Str().ShouldContain("paid");
    }

    [Fact]
    public async Task PostStatusUpdate_WithoutOrderIdOrStatus_Returns400()
    {
        await (await _admin.StatusUpdateAsync("", "paid")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await _admin.StatusUpdateAsync("2026-01-0001", null!)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PutStatus_TwoAdminsRacingWithoutIfMatch_LoserGets409AndHistoryIsValid()
    {
        var product = await _admin.CreateProductAsync("Racing admins", 10m, 50);
        var other = factory.ClientFor("admin-2", admin: true);
        for (var round = 0; round < 5; round++)
        {
            var preparing = await factory.OrderInStateAsync(factory.ClientFor("raced-customer"), product, "in_preparation");
            var start = new TaskCompletionSource();
            var ready = Task.Run(async () => { await start.Task; return await _admin.PutStatusAsync(preparing.Id(), "ready"); });
            var cancel = Task.Run(async () => { await start.Task; return await other.PutStatusAsync(preparing.Id(), "canceled", note: "Out of stock"); });
            start.SetResult();
            var responses = await Task.WhenAll(ready, cancel);

            responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
            var after = await _admin.GetOrderAsync(preparing.Id());
            after.Path().Length.ShouldBe(4);
            after.Path()[^1].ShouldBeOneOf("in_preparation>ready", "in_preparation>canceled");
        }
    }
}
