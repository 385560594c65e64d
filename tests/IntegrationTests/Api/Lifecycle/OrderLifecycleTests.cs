using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

public sealed class OrderLifecycleTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();
    private readonly HttpClient _provider = factory.CreateClient();

    [Fact]
    public async Task Lifecycle_PlacePayPrepareShipDeliverReview_EveryStepIsRecorded()
    {
        var product = await _admin.CreateProductAsync("Espresso machine", 249.99m, 5);
        var owner = factory.ClientFor("happy-customer", email: "happy@example.com");

        var placedResponse = await owner.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 2)));
        var placed = await placedResponse.ShouldBeAsync(HttpStatusCode.Created);
        var id = placed.Id();
        placed.Status().ShouldBe("pending");
        placed.Version().ShouldBe(1);
        placedResponse.Headers.ETag!.Tag.ShouldBe("\"1\"");
        placed.PaymentStatus().ShouldBe("requires_payment");
        placed["payment"]!["intentId"].Str().ShouldNotBeNullOrWhiteSpace();
        placed["payment"]!["clientSecret"].Str().ShouldNotBeNullOrWhiteSpace();
        placed["total"].Dec().ShouldBe(539.98m); // 2 × 249.99 = 499.98; 8% tax 39.9984 → 40.00; shipping 0

        // The provider confirms the payment.
        var outcome = await (await _provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(placed, transactionId: "txn_happy_1")))
            .ShouldBeAsync(HttpStatusCode.OK);
        outcome["result"].Str().ShouldBe("applied");
        outcome["orderId"].Str().ShouldBe(id);
        var paidResponse = await owner.GetAsync($"/api/orders/{id}");
        var paid = await paidResponse.ShouldBeAsync(HttpStatusCode.OK);
        paid.Status().ShouldBe("paid");
        paid.PaymentStatus().ShouldBe("succeeded");
        paid["payment"]!["transactionId"].Str().ShouldBe("txn_happy_1");
        paid["payment"]!["paidAt"].Instant().ShouldBe(paid["paidAt"].Instant());
        paid["paidAt"].Instant().ShouldBeGreaterThanOrEqualTo(placed["createdAt"].Instant());
        paid.Version().ShouldBeGreaterThan(placed.Version());
        paidResponse.Headers.ETag!.Tag.ShouldBe($"\"{paid.Version()}\"");

        // The shop prepares, readies and ships it.
        var preparing = await StepAsync(id, paid, () => _admin.PutStatusAsync(id, "in_preparation", note: "Packing"), "in_preparation");
        var ready = await StepAsync(id, preparing, () => _admin.PutStatusAsync(id, "ready"), "ready");
        var shipped = await StepAsync(id, ready,
            () => _admin.PutStatusAsync(id, "shipped", trackingNumber: "1Z999AA10123456784", shippingCarrier: "UPS"), "shipped");
        shipped["trackingNumber"].Str().ShouldBe("1Z999AA10123456784");
        shipped["shippingCarrier"].Str().ShouldBe("UPS");
        var shippedAt = shipped["shippedAt"].Instant();
        shippedAt.ShouldBeGreaterThanOrEqualTo(paid["paidAt"].Instant());
        var estimate = DateOnly.Parse(shipped["estimatedDeliveryDate"].Str(), System.Globalization.CultureInfo.InvariantCulture);
        estimate.ShouldBeGreaterThan(DateOnly.FromDateTime(shippedAt.UtcDateTime));
        shipped["deliveredAt"].ShouldBeNull();

        var tracking = await (await owner.GetAsync($"/api/orders/{id}/tracking")).ShouldBeAsync(HttpStatusCode.OK);
        tracking["orderNumber"].Str().ShouldBe(placed["orderNumber"].Str());
        tracking["status"].Str().ShouldBe("shipped");
        tracking["shippingCarrier"].Str().ShouldBe("UPS");
        tracking["trackingNumber"].Str().ShouldBe("1Z999AA10123456784");
        tracking["estimatedDeliveryDate"].Str().ShouldBe(shipped["estimatedDeliveryDate"].Str());
        tracking["statusHistory"]!.ToJsonString().ShouldBe(shipped["statusHistory"]!.ToJsonString());

        var delivered = await StepAsync(id, shipped, () => _admin.PutStatusAsync(id, "delivered"), "delivered");
        delivered["deliveredAt"].Instant().ShouldBeGreaterThanOrEqualTo(shippedAt);
        delivered["hasReviewed"]!.GetValue<bool>().ShouldBeFalse();

        // The customer reviews it.
        var reviewResponse = await owner.ReviewAsync(id, 5, "Arrived quickly, works great.");
        var review = await reviewResponse.ShouldBeAsync(HttpStatusCode.Created);
        review["rating"]!.GetValue<int>().ShouldBe(5);
        review["comment"].Str().ShouldBe("Arrived quickly, works great.");
        review["orderId"].Str().ShouldBe(id);

        var reviewedResponse = await owner.GetAsync($"/api/orders/{id}");
        var reviewed = await reviewedResponse.ShouldBeAsync(HttpStatusCode.OK);
        reviewed["hasReviewed"]!.GetValue<bool>().ShouldBeTrue();
        reviewed.Status().ShouldBe("delivered");
        reviewed.Version().ShouldBeGreaterThanOrEqualTo(delivered.Version());
        reviewedResponse.Headers.ETag!.Tag.ShouldBe($"\"{reviewed.Version()}\"");
        reviewed["paidAt"].Instant().ShouldBe(paid["paidAt"].Instant());
        reviewed["shippedAt"].Instant().ShouldBe(shippedAt);
        reviewed["canceledAt"].ShouldBeNull();
        reviewed["cancelReason"].ShouldBeNull();

        reviewed.Path().ShouldBe(["null>pending", "pending>paid", "paid>in_preparation", "in_preparation>ready", "ready>shipped", "shipped>delivered"]);
        var history = reviewed.History();
        history.Select(h => h!["by"].Str()).ShouldBe(["happy-customer", "payment", "admin-1", "admin-1", "admin-1", "admin-1"]);
        history[2]!["note"].Str().ShouldBe("Packing");
        history[0]!["note"].ShouldBeNull();
        var times = history.Select(h => h!["at"].Instant()).ToList();
        times.ShouldBe(times.Order().ToList());
        times[1].ShouldBe(paid["paidAt"].Instant());
        times[4].ShouldBe(shippedAt);
        times[5].ShouldBe(reviewed["deliveredAt"].Instant());
    }

    [Fact]
    public async Task Lifecycle_PickupOrder_GoesFromReadyToDelivered()
    {
        var product = await _admin.CreateProductAsync("Bookshelf", 80m, 5);
        var owner = factory.ClientFor("pickup-customer");
        var placed = await (await owner.PlaceOrderAsync(new
        {
            items = new[] { new { productId = product, quantity = 1 } },
            shippingAddress = ApiClientExtensions.Address(),
            shippingMethod = "pickup",
        })).ShouldBeAsync(HttpStatusCode.Created);
        placed["shippingMethod"].Str().ShouldBe("pickup");
        await _provider.PayAsync(placed);
        await _admin.MoveAsync(placed.Id(), "in_preparation", "ready");

        var delivered = await (await _admin.PutStatusAsync(placed.Id(), "delivered")).ShouldBeAsync(HttpStatusCode.OK);

        delivered.Status().ShouldBe("delivered");
        delivered["deliveredAt"].ShouldNotBeNull();
        delivered["shippedAt"].ShouldBeNull();
        delivered["trackingNumber"].ShouldBeNull();
        delivered.Path().ShouldBe(["null>pending", "pending>paid", "paid>in_preparation", "in_preparation>ready", "ready>delivered"]);
        await (await owner.ReviewAsync(placed.Id(), 4)).ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task PutStatus_WhenStandardOrderReadyToDelivered_Returns409NamingShipped()
    {
        var product = await _admin.CreateProductAsync("Desk", 120m, 5);
        var ready = await factory.OrderInStateAsync(factory.ClientFor("standard-customer"), product, "ready");

        var refused = await _admin.PutStatusAsync(ready.Id(), "delivered");

        (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict))["detail"].Str().ShouldContain("shipped");
        var after = await _admin.GetOrderAsync(ready.Id());
        after.Status().ShouldBe("ready");
        after.Version().ShouldBe(ready.Version());
        after["deliveredAt"].ShouldBeNull();
    }

    /// <summary>One admin step: 200 with the new status, a higher version in the body and the ETag, history one longer.</summary>
    private async Task<JsonObject> StepAsync(string id, JsonObject before, Func<Task<HttpResponseMessage>> change, string status)
    {
        var response = await change();
        var after = await response.ShouldBeAsync(HttpStatusCode.OK);
        after.Status().ShouldBe(status);
        after.Version().ShouldBeGreaterThan(before.Version());
        after["updatedAt"].Instant().ShouldBeGreaterThanOrEqualTo(before["updatedAt"].Instant());
        response.Headers.ETag!.Tag.ShouldBe($"\"{after.Version()}\"");
        after.History().Count.ShouldBe(before.History().Count + 1);
        var last = after.History()[^1]!;
        last["from"].Str().ShouldBe(before.Status());
        last["to"].Str().ShouldBe(status);
        last["by"].Str().ShouldBe("admin-1");
        (await _admin.GetOrderAsync(id)).ToJsonString().ShouldBe(after.ToJsonString());
        return after;
    }
}
