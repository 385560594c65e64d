using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Refunds;

/// <summary>Refunds through the built-in provider, over HTTP: priced from what the customer paid, capped by what is left,
/// idempotent by key, sent from the outbox and confirmed at once.</summary>
public sealed class ManualRefundTests(RefundApiFactory factory) : IClassFixture<RefundApiFactory>
{
    private HttpClient Admin => factory.Admin();

    private Task<JsonObject> PaidAsync(string buyer, int quantity = 3, string? shippingMethod = null) =>
        factory.PaidOrderAsync(buyer, order => factory.CreateClient().PayAsync(order), quantity: quantity, shippingMethod: shippingMethod);

    [Fact]
    public async Task PostRefund_OfOneUnitOfALine_PricesItAtWhatItCost_AndTheProviderConfirmsIt()
    {
        var order = await PaidAsync("refund-line");

        var response = await Admin.RefundAsync(order.Id(), new { lines = RefundApi.Lines((order.LineId(), 1)), reason = "Scratched" }, "line-1");

        var refund = await response.ShouldBeAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/orders/{order.Id()}/refunds/{refund["id"].Str()}");
        refund["id"].Str().ShouldBe($"rf_{order.Id()}_1");
        refund["status"].Str().ShouldBe("pending");
        refund["amount"].Dec().ShouldBe(10.80m, "one of three 10.00 units with 8% tax");
        refund["lines"]![0]!["amount"].Dec().ShouldBe(10.80m);
        refund["reason"].Str().ShouldBe("Scratched");
        refund["creditNoteNumber"].Str().ShouldStartWith("FR-");
        var after = await Admin.GetOrderAsync(order.Id());
        response.Headers.ETag!.Tag.ShouldBe($"\"{after.Version()}\"");
        after.PaymentStatus().ShouldBe("refund_pending");

        var settled = await Admin.RefundInAsync(order.Id(), refund["id"].Str(), "succeeded");
        settled["providerRefundId"].Str().ShouldBe($"re_refund-{refund["id"].Str()}");
        (await Admin.GetOrderAsync(order.Id())).PaymentStatus().ShouldBe("partially_refunded");
    }

    [Fact]
    public async Task PostRefund_EveryUnitInSteps_AddsUpToTheLine_AndTheOrderEndsRefunded()
    {
        var order = await PaidAsync("refund-steps");

        var amounts = new List<decimal>();
        for (var i = 0; i < 3; i++)
            amounts.Add((await Admin.RefundOkAsync(order.Id(), new { lines = RefundApi.Lines((order.LineId(), 1)) }))["amount"].Dec());

        amounts.Sum().ShouldBe(order["total"].Dec());
        await Eventually.TrueAsync(async () => (await Admin.GetOrderAsync(order.Id())).PaymentStatus() == "refunded", "every refund confirmed");
        await (await Admin.RefundAsync(order.Id(), new { amount = 0.01m }, "one-cent-more")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task PostRefund_OfShippingAndAGoodwillAmount_RefundsThoseAmounts()
    {
        var order = await PaidAsync("refund-shipping", shippingMethod: "express");
        var shipping = order["shippingCost"].Dec();
        shipping.ShouldBeGreaterThan(0m);

        var refund = await Admin.RefundOkAsync(order.Id(), new { shipping, amount = 5m, reason = "Late delivery" });

        refund["shipping"].Dec().ShouldBe(shipping);
        refund["adjustment"].Dec().ShouldBe(5m);
        refund["amount"].Dec().ShouldBe(shipping + 5m);
        refund["lines"]!.AsArray().ShouldBeEmpty();
        var more = await (await Admin.RefundAsync(order.Id(), new { shipping = 0.01m }, "more-shipping")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        more["code"].Str().ShouldBe("refund.exceeds_refundable");
    }

    [Fact]
    public async Task PostRefund_OfMoreThanIsLeft_Returns409NamingTheAmountStillRefundable()
    {
        var order = await PaidAsync("refund-cap");
        await Admin.RefundOkAsync(order.Id(), new { amount = 30m });

        var problem = await (await Admin.RefundAsync(order.Id(), new { amount = 5m }, "too-much")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem["code"].Str().ShouldBe("refund.exceeds_refundable");
        problem["detail"].Str().ShouldContain("2.40");
        var units = await (await Admin.RefundAsync(order.Id(), new { lines = RefundApi.Lines((order.LineId(), 4)) }, "too-many")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        units["code"].Str().ShouldBe("refund.exceeds_refundable");
    }

    [Fact]
    public async Task PostRefund_ForAnUnpaidOrder_Returns409()
    {
        var product = await Admin.CreateProductAsync($"Unpaid {Guid.NewGuid():N}", 10m, 10);
        var order = await factory.ClientFor("refund-unpaid").PlaceOrderOkAsync((product, 1));

        var problem = await (await Admin.RefundAsync(order.Id(), new { amount = 1m }, "unpaid")).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem["code"].Str().ShouldBe("refund.not_paid");
    }

    [Fact]
    public async Task PostRefund_WithoutIdempotencyKey_Returns400AndRefundsNothing()
    {
        var order = await PaidAsync("refund-nokey");

        var problem = await (await Admin.RefundAsync(order.Id(), new { amount = 1m }, key: null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["code"].Str().ShouldBe("idempotency.key_required");
        (await Admin.RefundsAsync(order.Id())).ShouldBeEmpty();
    }

    [Fact]
    public async Task PostRefund_WithInvalidInput_Returns400NamingTheFields()
    {
        var order = await PaidAsync("refund-invalid");

        var problem = await (await Admin.RefundAsync(order.Id(), new { lines = RefundApi.Lines((order.LineId(), 0)), amount = 1.001m }, "bad"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["lines[0].quantity", "amount"], ignoreOrder: true);
        await (await Admin.RefundAsync(order.Id(), new { reason = "nothing named" }, "empty")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostRefund_AgainWithTheSameKey_ReplaysTheRefund_AndAnotherBodyIs422()
    {
        var order = await PaidAsync("refund-replay");
        var body = new { lines = RefundApi.Lines((order.LineId(), 1)) };
        var first = await (await Admin.RefundAsync(order.Id(), body, "same-key")).ShouldBeAsync(HttpStatusCode.Created);

        var again = await Admin.RefundAsync(order.Id(), body, "same-key");

        (await again.ShouldBeAsync(HttpStatusCode.Created))["id"].Str().ShouldBe(first["id"].Str());
        again.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        var other = await (await Admin.RefundAsync(order.Id(), new { amount = 1m }, "same-key")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        other["code"].Str().ShouldBe("idempotency.key_reused");
        (await Admin.RefundsAsync(order.Id())).Count.ShouldBe(1);
        // The key is the refund's alone: the same key places an order as before.
        var product = await Admin.CreateProductAsync($"Same key {Guid.NewGuid():N}", 1m, 5);
        await (await Admin.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)), "same-key")).ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task PostRefund_TenAtOnceWithOneKey_CreateOneRefund_AndAskTheProviderOnce()
    {
        var order = await PaidAsync("refund-rush");
        var body = new { lines = RefundApi.Lines((order.LineId(), 1)) };

        var answers = await RefundApi.RushAsync([.. Enumerable.Range(0, 10).Select(_ => (Func<Task<HttpResponseMessage>>)(() => Admin.RefundAsync(order.Id(), body, "rush-key")))]);

        foreach (var answer in answers)
            answer.StatusCode.ShouldBeOneOf([HttpStatusCode.Created, HttpStatusCode.Conflict], await answer.Content.ReadAsStringAsync());
        var created = answers.Where(a => a.StatusCode == HttpStatusCode.Created).ToList();
        created.Count(a => !a.Headers.Contains("Idempotent-Replayed")).ShouldBe(1);
        foreach (var conflict in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            (await conflict.ShouldBeProblemAsync(HttpStatusCode.Conflict))["code"].Str().ShouldBe("idempotency.in_progress");
            conflict.Headers.RetryAfter.ShouldNotBeNull();
        }

        var refund = (await Admin.RefundsAsync(order.Id())).ShouldHaveSingleItem()!;
        await Admin.RefundInAsync(order.Id(), refund["id"].Str(), "succeeded");
        (await RefundMessagesAsync(order.Id())).ShouldBe(1, "one provider call");
    }

    [Fact]
    public async Task PostRefund_TwoAtOnceThatTogetherPassTheCap_OneIsCreatedAndTheOther409()
    {
        var order = await PaidAsync("refund-race");

        var answers = await RefundApi.RushAsync([() => Admin.RefundAsync(order.Id(), new { amount = 20m }, "race-a"), () => Admin.RefundAsync(order.Id(), new { amount = 20m }, "race-b")]);

        answers.Select(a => a.StatusCode).ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict], ignoreOrder: true);
        var loser = answers.Single(a => a.StatusCode == HttpStatusCode.Conflict);
        (await loser.ShouldBeProblemAsync(HttpStatusCode.Conflict))["code"].Str().ShouldBe("refund.exceeds_refundable");
        (await Admin.RefundsAsync(order.Id())).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task PostRefund_WithAStaleIfMatch_Returns412()
    {
        var order = await PaidAsync("refund-ifmatch");

        var problem = await (await Admin.RefundAsync(order.Id(), new { amount = 1m }, "stale", ifMatch: $"\"{order.Version() - 1}\""))
            .ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);

        problem["code"].Str().ShouldBe("order.version_mismatch");
        await (await Admin.RefundAsync(order.Id(), new { amount = 1m }, "fresh", ifMatch: $"\"{order.Version()}\"")).ShouldBeAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task RefundRoutes_AreForAdminsToWrite_AndOnlyTheOwnerOrAnAdminToRead()
    {
        var order = await PaidAsync("refund-owner");
        var refund = await Admin.RefundOkAsync(order.Id(), new { amount = 1m });
        var owner = factory.ClientFor("refund-owner");
        var stranger = factory.ClientFor("refund-stranger");

        (await owner.RefundAsync(order.Id(), new { amount = 1m }, "owner-key")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.RetryRefundAsync(order.Id(), refund["id"].Str())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.RefundsAsync(order.Id())).ShouldHaveSingleItem();
        (await owner.RefundOfAsync(order["orderNumber"].Str(), refund["id"].Str()))["id"].Str().ShouldBe(refund["id"].Str());
        await (await stranger.GetAsync($"/api/orders/{order.Id()}/refunds")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/orders/{order.Id()}/refunds/{refund["id"].Str()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var missing = await (await owner.GetAsync($"/api/orders/{order.Id()}/refunds/rf_nope_9")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        missing["code"].Str().ShouldBe("refund.not_found");
    }

    [Fact]
    public async Task RetryRefund_OfARefundThatDidNotFail_Returns409NamingTheAllowedActions()
    {
        var order = await PaidAsync("refund-retry-ok");
        var refund = await Admin.RefundOkAsync(order.Id(), new { amount = 1m });
        await Admin.RefundInAsync(order.Id(), refund["id"].Str(), "succeeded");

        var problem = await (await Admin.RetryRefundAsync(order.Id(), refund["id"].Str())).ShouldBeProblemAsync(HttpStatusCode.Conflict);

        problem["code"].Str().ShouldBe("refund.invalid_transition");
        problem["detail"].Str().ShouldContain("none");
    }

    [Fact]
    public async Task CancelOfAPaidOrder_RefundsEverythingLeftAsOneRefund_EndingRefunded()
    {
        var order = await PaidAsync("refund-cancel");
        await Admin.RefundOkAsync(order.Id(), new { lines = RefundApi.Lines((order.LineId(), 1)) });

        var canceled = await (await factory.ClientFor("refund-cancel").CancelAsync(order.Id(), "Changed my mind")).ShouldBeAsync(HttpStatusCode.OK);

        canceled.PaymentStatus().ShouldBe("refund_pending");
        await Admin.RefundedAsync(order.Id());
        var refunds = await Admin.RefundsAsync(order.Id());
        refunds.Select(r => r!["status"].Str()).ShouldBe(["succeeded", "succeeded"]);
        refunds.Sum(r => r!["amount"].Dec()).ShouldBe(order["total"].Dec());
    }

    private async Task<int> RefundMessagesAsync(string orderId)
    {
        var count = 0;
        foreach (var status in new[] { "pending", "sent", "dead" })
        {
            var page = await (await Admin.GetAsync($"/api/admin/outbox?status={status}&limit=100")).ShouldBeAsync(HttpStatusCode.OK);
            count += page["items"]!.AsArray().Count(m => m!["kind"].Str() == "refund" && m["orderId"]?.GetValue<string>() == orderId);
        }

        return count;
    }
}
