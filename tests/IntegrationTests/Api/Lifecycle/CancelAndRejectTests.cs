using System.Net;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

public sealed class CancelAndRejectTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();
    private readonly HttpClient _provider = factory.CreateClient();

    [Fact]
    public async Task PostCancel_MultiLineOrderWithDiscount_RestoresEachStockAndReleasesTheRedemption()
    {
        var kettle = await _admin.CreateProductAsync("Cancel kettle", 30m, 10);
        var mugs = await _admin.CreateProductAsync("Cancel mug", 7.5m, 20);
        var tray = await _admin.CreateProductAsync("Cancel tray", 12m, 5);
        await _admin.CreateDiscountAsync(new { code = "CANCEL10", percentOff = 10, maxRedemptions = 5 });
        var owner = factory.ClientFor("canceling-customer");
        var placed = await (await owner.PlaceOrderAsync(new
        {
            items = new[] { new { productId = kettle, quantity = 2 }, new { productId = mugs, quantity = 3 }, new { productId = tray, quantity = 1 } },
            shippingAddress = ApiClientExtensions.Address(),
            discountCode = "CANCEL10",
        })).ShouldBeAsync(HttpStatusCode.Created);
        (await StocksAsync(kettle, mugs, tray)).ShouldBe([8, 17, 4]);
        (await RedemptionsAsync("CANCEL10")).ShouldBe(1);

        var response = await owner.CancelAsync(placed.Id(), "  Found it cheaper elsewhere  ");

        var canceled = await response.ShouldBeAsync(HttpStatusCode.OK);
        canceled.Status().ShouldBe("canceled");
        canceled["cancelReason"].Str().ShouldBe("Found it cheaper elsewhere");
        canceled["canceledAt"].Instant().ShouldBeGreaterThanOrEqualTo(placed["createdAt"].Instant());
        canceled.Version().ShouldBeGreaterThan(placed.Version());
        response.Headers.ETag!.Tag.ShouldBe($"\"{canceled.Version()}\"");
        canceled.Path().ShouldBe(["null>pending", "pending>canceled"]);
        canceled.History()[^1]!["by"].Str().ShouldBe("canceling-customer");
        canceled.History()[^1]!["note"].Str().ShouldBe("Found it cheaper elsewhere");
        canceled.PaymentStatus().ShouldBe("requires_payment");
        (await StocksAsync(kettle, mugs, tray)).ShouldBe([10, 20, 5]);
        (await RedemptionsAsync("CANCEL10")).ShouldBe(0);

        // A second cancel is refused and returns nothing twice.
        await (await owner.CancelAsync(placed.Id())).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await StocksAsync(kettle, mugs, tray)).ShouldBe([10, 20, 5]);
        (await RedemptionsAsync("CANCEL10")).ShouldBe(0);
        (await _admin.GetOrderAsync(placed.Id())).Version().ShouldBe(canceled.Version());
    }

    [Fact]
    public async Task PostCancel_WithReasonOf501Chars_Returns400AndChangesNothing()
    {
        var product = await _admin.CreateProductAsync("Long reason lamp", 15m, 10);
        var owner = factory.ClientFor("verbose-customer");
        var placed = await owner.PlaceOrderOkAsync((product, 2));

        var response = await owner.CancelAsync(placed.Id(), new string('x', 501));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["errors"]!["reason"].ShouldNotBeNull();
        var after = await owner.GetOrderAsync(placed.Id());
        after.Status().ShouldBe("pending");
        after.Version().ShouldBe(placed.Version());
        after["cancelReason"].ShouldBeNull();
        after["canceledAt"].ShouldBeNull();
        after.History().Count.ShouldBe(1);
        (await _admin.StockOfAsync(product)).ShouldBe(8);
    }

    [Fact]
    public async Task PostCancel_WithReasonOf500Chars_IsStored()
    {
        var product = await _admin.CreateProductAsync("Exact reason lamp", 15m, 10);
        var owner = factory.ClientFor("exact-customer");
        var placed = await owner.PlaceOrderOkAsync((product, 1));
        var reason = new string('y', 500);

        (await (await owner.CancelAsync(placed.Id(), reason)).ShouldBeAsync(HttpStatusCode.OK))["cancelReason"].Str().ShouldBe(reason);
        (await _admin.GetOrderAsync(placed.Id()))["cancelReason"].Str().ShouldBe(reason);
    }

    [Theory]
    [InlineData("paid")]
    [InlineData("in_preparation")]
    public async Task PostCancel_ByOwnerAfterPayment_RefundsAndRestoresStock(string status)
    {
        var product = await _admin.CreateProductAsync($"Canceled when {status}", 40m, 10);
        var owner = factory.ClientFor($"canceler-{status}");
        var reached = await factory.OrderInStateAsync(owner, product, status);
        (await _admin.StockOfAsync(product)).ShouldBe(9);

        var canceled = await (await owner.CancelAsync(reached.Id(), "No longer needed")).ShouldBeAsync(HttpStatusCode.OK);

        canceled.Status().ShouldBe("canceled");
        canceled.PaymentStatus().ShouldBe("refund_pending");
        (await _admin.RefundedAsync(reached.Id()))["paidAt"].ShouldNotBeNull();
        canceled["paidAt"].ShouldNotBeNull();
        canceled.Path()[^1].ShouldBe($"{status}>canceled");
        canceled.History()[^1]!["by"].Str().ShouldBe($"canceler-{status}");
        (await _admin.StockOfAsync(product)).ShouldBe(10);
    }

    [Fact]
    public async Task PostCancel_WithoutBody_CancelsWithoutReason()
    {
        var product = await _admin.CreateProductAsync("Bodiless cancel", 5m, 10);
        var owner = factory.ClientFor("bodiless-canceler");
        var placed = await owner.PlaceOrderOkAsync((product, 1));

        var response = await owner.PostAsync($"/api/orders/{placed.Id()}/cancel", content: null);

        var canceled = await response.ShouldBeAsync(HttpStatusCode.OK);
        canceled.Status().ShouldBe("canceled");
        canceled["cancelReason"].ShouldBeNull();
        (await _admin.StockOfAsync(product)).ShouldBe(10);
    }

    [Fact]
    public async Task PostReject_WithoutBody_Returns400()
    {
        var product = await _admin.CreateProductAsync("Bodiless reject", 5m, 10);
        var placed = await factory.ClientFor("bodiless-rejected").PlaceOrderOkAsync((product, 1));

        await (await _admin.PostAsync($"/api/orders/{placed.Id()}/reject", content: null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await _admin.GetOrderAsync(placed.Id())).Status().ShouldBe("pending");
    }

    [Fact]
    public async Task PostCancel_WhenReady_Returns409AndKeepsStock()
    {
        var product = await _admin.CreateProductAsync("Too late to cancel", 40m, 10);
        var owner = factory.ClientFor("late-canceler");
        var ready = await factory.OrderInStateAsync(owner, product, "ready");

        var problem = await (await owner.CancelAsync(ready.Id(), "Too slow")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem["detail"].Str().ShouldContain("shipped");
        (await _admin.GetOrderAsync(ready.Id())).Status().ShouldBe("ready");
        (await _admin.StockOfAsync(product)).ShouldBe(9);
    }

    [Fact]
    public async Task PostReject_AfterPayment_RefundsStoresNoteAndRestoresStock()
    {
        var product = await _admin.CreateProductAsync("Rejected after payment", 55m, 10);
        var paid = await factory.OrderInStateAsync(factory.ClientFor("rejected-customer"), product, "paid");
        (await _admin.StockOfAsync(product)).ShouldBe(9);

        var response = await _admin.RejectAsync(paid.Id(), "Suspected fraud");

        var rejected = await response.ShouldBeAsync(HttpStatusCode.OK);
        rejected.Status().ShouldBe("rejected");
        rejected.PaymentStatus().ShouldBe("refund_pending");
        rejected["payment"]!["transactionId"].Str().ShouldBe(paid["payment"]!["transactionId"].Str());
        rejected["cancelReason"].Str().ShouldBe("Suspected fraud");
        rejected["canceledAt"].ShouldNotBeNull();
        rejected.Path().ShouldBe(["null>pending", "pending>paid", "paid>rejected"]);
        rejected.History()[^1]!["note"].Str().ShouldBe("Suspected fraud");
        rejected.History()[^1]!["by"].Str().ShouldBe("admin-1");
        response.Headers.ETag!.Tag.ShouldBe($"\"{rejected.Version()}\"");
        (await _admin.StockOfAsync(product)).ShouldBe(10);
        await _admin.RefundedAsync(paid.Id());
    }

    [Fact]
    public async Task PostReject_WhenPending_DoesNotRefundAnything()
    {
        var product = await _admin.CreateProductAsync("Rejected unpaid", 5m, 10);
        var placed = await factory.ClientFor("unpaid-rejected").PlaceOrderOkAsync((product, 3));

        var rejected = await (await _admin.RejectAsync(placed.Id(), "Address does not exist")).ShouldBeAsync(HttpStatusCode.OK);

        rejected.Status().ShouldBe("rejected");
        rejected.PaymentStatus().ShouldBe("requires_payment");
        (await _admin.StockOfAsync(product)).ShouldBe(10);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task PostReject_WithoutNote_Returns400AndChangesNothing(string? note)
    {
        var product = await _admin.CreateProductAsync($"Reject no note {note?.Length}", 5m, 10);
        var paid = await factory.OrderInStateAsync(factory.ClientFor("no-note-customer"), product, "paid");

        var problem = await (await _admin.RejectAsync(paid.Id(), note)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!["note"].ShouldNotBeNull();
        var after = await _admin.GetOrderAsync(paid.Id());
        after.Status().ShouldBe("paid");
        after.PaymentStatus().ShouldBe("succeeded");
        after.Version().ShouldBe(paid.Version());
        (await _admin.StockOfAsync(product)).ShouldBe(9);
    }

    [Fact]
    public async Task PostReject_AsOwner_Returns403AndChangesNothing()
    {
        var product = await _admin.CreateProductAsync("Self reject", 5m, 10);
        var owner = factory.ClientFor("self-rejecter");
        var paid = await factory.OrderInStateAsync(owner, product, "paid");

        await (await owner.RejectAsync(paid.Id(), "I reject my own order")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await _admin.GetOrderAsync(paid.Id())).Version().ShouldBe(paid.Version());
        (await _admin.StockOfAsync(product)).ShouldBe(9);
    }

    [Fact]
    public async Task PutStatus_CanceledByAdminWithNote_StoresTheNoteAsReason()
    {
        var product = await _admin.CreateProductAsync("Admin cancel", 5m, 10);
        var preparing = await factory.OrderInStateAsync(factory.ClientFor("admin-canceled"), product, "in_preparation");

        var canceled = await (await _admin.PutStatusAsync(preparing.Id(), "canceled", note: "Damaged in the warehouse")).ShouldBeAsync(HttpStatusCode.OK);

        canceled.Status().ShouldBe("canceled");
        canceled["cancelReason"].Str().ShouldBe("Damaged in the warehouse");
        canceled.PaymentStatus().ShouldBe("refund_pending");
        await _admin.RefundedAsync(preparing.Id());
        (await _admin.StockOfAsync(product)).ShouldBe(10);
    }

    [Fact]
    public async Task CancelAndReject_Racing_ExactlyOneWinsAndStockReturnsOnce()
    {
        var product = await _admin.CreateProductAsync("Contested order", 9m, 50);
        await _admin.CreateDiscountAsync(new { code = "RACE5", amountOff = 1, maxRedemptions = 100 });
        var owner = factory.ClientFor("contested-customer");
        for (var round = 0; round < 5; round++)
        {
            var placed = await (await owner.PlaceOrderAsync(new
            {
                items = new[] { new { productId = product, quantity = 4 } }, shippingAddress = ApiClientExtensions.Address(), discountCode = "RACE5",
            })).ShouldBeAsync(HttpStatusCode.Created);
            await _provider.PayAsync(placed);
            var start = new TaskCompletionSource();
            var cancel = Task.Run(async () => { await start.Task; return await owner.CancelAsync(placed.Id(), "Mine"); });
            var reject = Task.Run(async () => { await start.Task; return await _admin.RejectAsync(placed.Id(), "Ours"); });
            start.SetResult();
            var responses = await Task.WhenAll(cancel, reject);

            responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
            var after = await _admin.RefundedAsync(placed.Id());
            after.Status().ShouldBeOneOf("canceled", "rejected");
            after.History().Count.ShouldBe(3);
            (await _admin.StockOfAsync(product)).ShouldBe(50);
            (await RedemptionsAsync("RACE5")).ShouldBe(0);
        }
    }

    private async Task<int[]> StocksAsync(params string[] products)
    {
        var stocks = new int[products.Length];
        for (var i = 0; i < products.Length; i++) stocks[i] = await _admin.StockOfAsync(products[i]);
        return stocks;
    }

    private async Task<int> RedemptionsAsync(string code)
    {
        var list = await (await _admin.GetAsync("/api/discounts?limit=100")).ShouldBeAsync(HttpStatusCode.OK);
        return list["items"]!.AsArray().Single(d => d!["code"].Str() == code)!["redemptions"]!.GetValue<int>();
    }
}
