using System.Net;
using System.Text.Json.Nodes;
using Orders.Application.Common;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Lifecycle;

public sealed class PaymentWebhookTests(LifecycleApiFactory factory) : IClassFixture<LifecycleApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();
    private readonly HttpClient _provider = factory.CreateClient();

    [Fact]
    public async Task PostWebhook_SameEventTwice_SecondAnswers200AndChangesNothing()
    {
        var order = await PlaceAsync("duplicate-payer");
        var evt = LifecycleApi.PaymentEvent(order, eventId: "evt_duplicate_1", transactionId: "txn_dup_1");
        (await (await _provider.PostPaymentEventAsync(evt)).ShouldBeAsync(HttpStatusCode.OK))["result"].Str().ShouldBe("applied");
        var paid = await _admin.GetOrderAsync(order.Id());

        var again = await (await _provider.PostPaymentEventAsync(evt)).ShouldBeAsync(HttpStatusCode.OK);

        again["result"].Str().ShouldBe("duplicate");
        again["eventId"].Str().ShouldBe("evt_duplicate_1");
        (await _admin.GetOrderAsync(order.Id())).ToJsonString().ShouldBe(paid.ToJsonString());
        paid.Status().ShouldBe("paid");
        paid.History().Count.ShouldBe(2);
    }

    [Fact]
    public async Task PostWebhook_SameEventDeliveredConcurrently_IsAppliedOnce()
    {
        var order = await PlaceAsync("concurrent-duplicate-payer");
        var evt = LifecycleApi.PaymentEvent(order, eventId: "evt_concurrent_1");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _provider.PostPaymentEventAsync(evt))));

        var results = new List<string>();
        foreach (var response in responses) results.Add((await response.ShouldBeAsync(HttpStatusCode.OK))["result"].Str());
        results.Order().ShouldBe(["applied", "duplicate", "duplicate", "duplicate"]);
        var paid = await _admin.GetOrderAsync(order.Id());
        paid.Path().ShouldBe(["null>pending", "pending>paid"]);
    }

    [Fact]
    public async Task PostWebhook_WithUnknownEventType_Returns400()
    {
        var order = await PlaceAsync("odd-event-payer");

        await (await _provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(order, "payment.teleported"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await _admin.GetOrderAsync(order.Id())).Version().ShouldBe(order.Version());
    }

    [Fact]
    public async Task PostWebhook_SecondSuccessWithNewIdForPaidOrder_IsIgnored()
    {
        var order = await PlaceAsync("twice-payer");
        await _provider.PayAsync(order, "txn_first");
        var paid = await _admin.GetOrderAsync(order.Id());

        var outcome = await (await _provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(order, transactionId: "txn_second")))
            .ShouldBeAsync(HttpStatusCode.OK);

        outcome["result"].Str().ShouldBe("ignored");
        (await _admin.GetOrderAsync(order.Id())).ToJsonString().ShouldBe(paid.ToJsonString());
    }

    [Fact]
    public async Task PostWebhook_WithBadSignature_Returns400AndChangesNothing()
    {
        var order = await PlaceAsync("forged-payer");

        await (await _provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(order), secret: "not-the-secret")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var payload = ApiClientExtensions.Json(LifecycleApi.PaymentEvent(order));
        var signedForOtherBody = WebhookSignature.Sign(payload.Replace("payment.succeeded", "payment.failed", StringComparison.Ordinal),
            OrdersApiFactory.PaymentWebhookSecret, DateTimeOffset.UtcNow);
        await (await _provider.PostWebhookAsync(payload, signedForOtherBody)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await _provider.PostWebhookAsync(payload, "t=123,v1=zz")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await _provider.PostWebhookAsync(payload, "garbage")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var after = await _admin.GetOrderAsync(order.Id());
        after.Status().ShouldBe("pending");
        after.PaymentStatus().ShouldBe("requires_payment");
        after.Version().ShouldBe(order.Version());
    }

    [Fact]
    public async Task PostWebhook_WithoutSignatureHeader_Returns400()
    {
        var order = await PlaceAsync("unsigned-payer");

        var problem = await (await _provider.PostWebhookAsync(ApiClientExtensions.Json(LifecycleApi.PaymentEvent(order)), signature: null))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]![WebhookSignature.HeaderName].ShouldNotBeNull();
        (await _admin.GetOrderAsync(order.Id())).Status().ShouldBe("pending");
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task PostWebhook_WithTimestampSixMinutesAway_Returns400(int minutes)
    {
        var order = await PlaceAsync($"stale-payer{minutes}");

        var response = await _provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(order), signedAt: DateTimeOffset.UtcNow.AddMinutes(minutes));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["detail"].Str().ShouldContain("5 minutes");
        (await _admin.GetOrderAsync(order.Id())).Status().ShouldBe("pending");
    }

    [Fact]
    public async Task PostWebhook_WithTimestampFourMinutesOld_IsAccepted()
    {
        var order = await PlaceAsync("slow-network-payer");

        var response = await _provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(order), signedAt: DateTimeOffset.UtcNow.AddMinutes(-4));

        (await response.ShouldBeAsync(HttpStatusCode.OK))["result"].Str().ShouldBe("applied");
    }

    [Fact]
    public async Task PostWebhook_PaymentFailed_RecordsFailureAndOrderStaysPending()
    {
        var order = await PlaceAsync("declined-payer");

        var outcome = await (await _provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(order, "payment.failed", failureReason: "card_declined")))
            .ShouldBeAsync(HttpStatusCode.OK);

        outcome["result"].Str().ShouldBe("applied");
        var failed = await _admin.GetOrderAsync(order.Id());
        failed.Status().ShouldBe("pending");
        failed.PaymentStatus().ShouldBe("failed");
        failed["paidAt"].ShouldBeNull();
        failed.History().Count.ShouldBe(1);

        // The customer tries again and this time it goes through.
        await _provider.PayAsync(order, "txn_retry");
        var paid = await _admin.GetOrderAsync(order.Id());
        paid.Status().ShouldBe("paid");
        paid.PaymentStatus().ShouldBe("succeeded");
        paid["payment"]!["transactionId"].Str().ShouldBe("txn_retry");
    }

    [Theory]
    [InlineData("canceled")]
    [InlineData("rejected")]
    public async Task PostWebhook_SuccessForOrderEndedMeanwhile_StaysEndedAndIsRefunded(string ended)
    {
        var product = await _admin.CreateProductAsync($"Late payment {ended}", 20m, 10);
        var owner = factory.ClientFor($"late-payer-{ended}");
        var placed = await owner.PlaceOrderOkAsync((product, 1));
        if (ended == "canceled") await (await owner.CancelAsync(placed.Id(), "Too slow")).ShouldBeAsync(HttpStatusCode.OK);
        else await (await _admin.RejectAsync(placed.Id(), "No stock in warehouse")).ShouldBeAsync(HttpStatusCode.OK);
        var before = await _admin.GetOrderAsync(placed.Id());

        var outcome = await (await _provider.PostPaymentEventAsync(LifecycleApi.PaymentEvent(placed, transactionId: "txn_late")))
            .ShouldBeAsync(HttpStatusCode.OK);

        outcome["result"].Str().ShouldBe("refund_queued");
        var after = await _admin.RefundedAsync(placed.Id());
        after.Status().ShouldBe(ended);
        after["payment"]!["transactionId"].Str().ShouldBe("txn_late");
        after["paidAt"].ShouldBeNull();
        after.Path().ShouldBe(before.Path());
        after.Version().ShouldBeGreaterThan(before.Version());
        (await _admin.StockOfAsync(product)).ShouldBe(10);
    }

    [Theory]
    [InlineData("-0.01", null)]
    [InlineData("0.01", null)]
    [InlineData("0", "EUR")]
    public async Task PostWebhook_WithAmountOrCurrencyMismatch_Returns422AndOrderStaysPending(string differenceText, string? currency)
    {
        var difference = decimal.Parse(differenceText, System.Globalization.CultureInfo.InvariantCulture);
        var order = await PlaceAsync($"short-payer{difference}{currency}");

        var response = await _provider.PostPaymentEventAsync(
            LifecycleApi.PaymentEvent(order, eventId: $"evt_mismatch_{difference}_{currency}", amount: order["total"].Dec() + difference, currency: currency));

        (await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity))["detail"].Str().ShouldContain(order["orderNumber"].Str());
        var after = await _admin.GetOrderAsync(order.Id());
        after.Status().ShouldBe("pending");
        after.PaymentStatus().ShouldBe("requires_payment");
        after.Version().ShouldBe(order.Version());
    }

    [Fact]
    public async Task PostWebhook_ForUnknownIntent_Returns404()
    {
        var order = await PlaceAsync("unknown-intent-payer");
        var evt = new
        {
            id = "evt_unknown_intent", type = "payment.succeeded", created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            data = new { intentId = "pi_doesnotexist", transactionId = "txn_x", amount = order["total"].Dec(), currency = "USD" },
        };

        await (await _provider.PostPaymentEventAsync(evt)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PostWebhook_WithSignedButMalformedBody_Returns400()
    {
        var signed = WebhookSignature.Sign("{not json", OrdersApiFactory.PaymentWebhookSecret, DateTimeOffset.UtcNow);
        await (await _provider.PostWebhookAsync("{not json", signed)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        const string noIntent = """{"id":"evt_no_intent","type":"payment.succeeded","data":{}}""";
        var problem = await (await _provider.PostWebhookAsync(noIntent, WebhookSignature.Sign(noIntent, OrdersApiFactory.PaymentWebhookSecret, DateTimeOffset.UtcNow)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!["data.intentId"].ShouldNotBeNull();
    }

    [Theory]
    [InlineData("transactionId")]
    [InlineData("failureReason")]
    public async Task PostWebhook_WithOverlongField_Returns400AndLeavesTheOrderPending(string field)
    {
        var order = await PlaceAsync($"overlong-{field}");
        var evt = field == "transactionId"
            ? LifecycleApi.PaymentEvent(order, transactionId: new string('t', 201))
            : LifecycleApi.PaymentEvent(order, type: "payment.failed", failureReason: new string('r', 501));

        var problem = await (await _provider.PostPaymentEventAsync(evt)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]![$"data.{field}"].ShouldNotBeNull();
        var after = await _admin.GetOrderAsync(order.Id());
        after.Status().ShouldBe("pending");
        after.PaymentStatus().ShouldBe("requires_payment");
    }

    private async Task<JsonObject> PlaceAsync(string user)
    {
        var product = await _admin.CreateProductAsync($"Webhook item for {user}", 19.99m, 10);
        return await factory.ClientFor(user).PlaceOrderOkAsync((product, 1));
    }
}
