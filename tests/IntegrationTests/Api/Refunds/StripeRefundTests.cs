using System.Net;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Api.Payments.Stripe;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Refunds;

/// <summary>Refunds through Stripe, against the fake Stripe: partial amounts keyed by the refund, Stripe's answer and
/// events settling the refund they name, once, and a failed refund retried under a new key.</summary>
public sealed class StripeRefundTests(StripeApiFactory factory) : IClassFixture<StripeApiFactory>, IDisposable
{
    private FakeStripe Stripe => factory.Stripe;

    private HttpClient Admin => factory.Admin();

    private async Task<JsonObject> PaidAsync(string buyer) =>
        await factory.PaidOrderAsync(buyer, async order => (await factory.DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("applied"));

    private async Task<FakeRefund> AtStripeAsync(string refundId)
    {
        await Eventually.TrueAsync(() => Task.FromResult(Stripe.CreatedRefunds.Any(r => r.RefundId == refundId)), $"refund {refundId} at Stripe");
        return Stripe.CreatedRefunds.Single(r => r.RefundId == refundId);
    }

    [Fact]
    public async Task PartialRefund_AsksStripeForItsAmountUnderItsKey_AndRefundUpdatedSucceededConfirmsIt()
    {
        var order = await PaidAsync("stripe-partial");

        var refund = await Admin.RefundOkAsync(order.Id(), new { lines = RefundApi.Lines((order.LineId(), 1)) });
        var id = refund["id"].Str();

        var atStripe = await AtStripeAsync(id);
        var call = Stripe.RefundCalls.Single(c => c.IdempotencyKey == $"refund-{id}");
        call.Form["payment_intent"].ShouldBe(StripeEvents.IntentOf(order));
        call.Form["amount"].ShouldBe("1080");
        call.Form["metadata[refund_id]"].ShouldBe(id);
        await Eventually.TrueAsync(async () => (await Admin.RefundOfAsync(order.Id(), id))["providerRefundId"]?.GetValue<string>() == atStripe.Id,
            "Stripe's refund id recorded");
        (await Admin.RefundOfAsync(order.Id(), id))["status"].Str().ShouldBe("pending");

        (await factory.DeliverAsync(StripeEvents.RefundUpdated(atStripe, "succeeded"))).ShouldBe("applied");

        (await Admin.RefundOfAsync(order.Id(), id))["status"].Str().ShouldBe("succeeded");
        (await Admin.GetOrderAsync(order.Id())).PaymentStatus().ShouldBe("partially_refunded");
    }

    [Fact]
    public async Task RefundWebhook_DeliveredThreeTimes_ChangesTheRefundOnce()
    {
        var order = await PaidAsync("stripe-thrice");
        var id = (await Admin.RefundOkAsync(order.Id(), new { amount = 5m }))["id"].Str();
        var atStripe = await AtStripeAsync(id);
        await Eventually.TrueAsync(async () => (await Admin.RefundOfAsync(order.Id(), id))["providerRefundId"] is not null, "the answer recorded");
        var payload = StripeEvents.ChargeRefunded(atStripe, refundedInFull: false);

        (await factory.DeliverAsync(payload)).ShouldBe("applied");
        var once = await Admin.GetOrderAsync(order.Id());
        (await factory.DeliverAsync(payload)).ShouldBe("duplicate");
        (await factory.DeliverAsync(payload)).ShouldBe("duplicate");
        // The same news under another event id (Stripe sends refund.updated too) finds the refund settled.
        (await factory.DeliverAsync(StripeEvents.RefundUpdated(atStripe, "succeeded"))).ShouldBe("ignored");

        var after = await Admin.GetOrderAsync(order.Id());
        after.Version().ShouldBe(once.Version());
        (await Admin.RefundOfAsync(order.Id(), id))["status"].Str().ShouldBe("succeeded");
        Stripe.RefundCalls.Count(c => c.IdempotencyKey == $"refund-{id}").ShouldBe(1);
    }

    [Fact]
    public async Task RefundFailed_FailsTheRefund_ThenRetryGoesOutUnderANewKey()
    {
        var order = await PaidAsync("stripe-failed");
        var id = (await Admin.RefundOkAsync(order.Id(), new { lines = RefundApi.Lines((order.LineId(), 2)) }))["id"].Str();
        var atStripe = await AtStripeAsync(id);

        (await factory.DeliverAsync(StripeEvents.RefundFailed(Stripe.Settle(atStripe, "failed")))).ShouldBe("applied");

        var failed = await Admin.RefundOfAsync(order.Id(), id);
        failed["status"].Str().ShouldBe("failed");
        failed["failureReason"].Str().ShouldContain("expired_or_canceled_card");
        (await Admin.GetOrderAsync(order.Id())).PaymentStatus().ShouldBe("succeeded");

        var retried = await (await Admin.RetryRefundAsync(order.Id(), id)).ShouldBeAsync(HttpStatusCode.OK);

        retried["status"].Str().ShouldBe("pending");
        await Eventually.TrueAsync(() => Task.FromResult(Stripe.RefundCalls.Any(c => c.IdempotencyKey == $"refund-{id}-r1")), "the retry at Stripe");
        var second = Stripe.CreatedRefunds.Last(r => r.RefundId == id);
        second.Id.ShouldNotBe(atStripe.Id);
        second.Metadata["refund_key"].ShouldBe($"refund-{id}-r1");
        // The first attempt's failure arriving again (another event id) is about an attempt that is over.
        (await factory.DeliverAsync(StripeEvents.RefundUpdated(atStripe, "failed"))).ShouldBe("ignored");
        (await factory.DeliverAsync(StripeEvents.RefundUpdated(second, "succeeded"))).ShouldBe("applied");
        (await Admin.RefundOfAsync(order.Id(), id))["status"].Str().ShouldBe("succeeded");
    }

    [Fact]
    public async Task Refund_WhenStripeAnswersSucceeded_IsConfirmedWithoutWaitingForAnEvent()
    {
        var order = await PaidAsync("stripe-instant");
        Stripe.RefundStatus = "succeeded";

        var id = (await Admin.RefundOkAsync(order.Id(), new { amount = 2.5m }))["id"].Str();

        var settled = await Admin.RefundInAsync(order.Id(), id, "succeeded");
        settled["providerRefundId"].Str().ShouldBe((await AtStripeAsync(id)).Id);
    }

    [Fact]
    public async Task Refund_WhenStripeRefusesIt_FailsWithStripesReason()
    {
        var order = await PaidAsync("stripe-refused-partial");
        Stripe.Refunds = StripeMode.Refuse;

        var id = (await Admin.RefundOkAsync(order.Id(), new { amount = 3m }))["id"].Str();

        var failed = await Admin.RefundInAsync(order.Id(), id, "failed");
        failed["failureReason"].Str().ShouldContain("invalid_request_error");
    }

    [Fact]
    public async Task PostRefund_TenAtOnceWithOneKey_MakeOneRefundAndOneStripeCall()
    {
        var order = await PaidAsync("stripe-rush");
        var body = new { amount = 4m };

        var answers = await RefundApi.RushAsync([.. Enumerable.Range(0, 10).Select(_ => (Func<Task<HttpResponseMessage>>)(() => Admin.RefundAsync(order.Id(), body, "stripe-rush-key")))]);

        answers.Count(a => a.StatusCode == HttpStatusCode.Created && !a.Headers.Contains("Idempotent-Replayed")).ShouldBe(1);
        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created || a.StatusCode == HttpStatusCode.Conflict);
        var id = (await Admin.RefundsAsync(order.Id())).ShouldHaveSingleItem()!["id"].Str();
        await AtStripeAsync(id);
        Stripe.RefundCalls.Count(c => c.Form.GetValueOrDefault("payment_intent") == StripeEvents.IntentOf(order) && !c.Replayed).ShouldBe(1);
    }

    [Fact]
    public async Task CancelOfAPaidOrder_StillEndsRefundPendingThenRefunded_ThroughItsRefund()
    {
        var order = await PaidAsync("stripe-cancel-refund");

        (await (await factory.ClientFor("stripe-cancel-refund").CancelAsync(order.Id())).ShouldBeAsync(HttpStatusCode.OK)).PaymentStatus().ShouldBe("refund_pending");

        var id = $"rf_{order.Id()}_1";
        var atStripe = await AtStripeAsync(id);
        atStripe.Amount.ShouldBe(StripeEvents.Minor(order));
        (await factory.DeliverAsync(StripeEvents.RefundUpdated(atStripe, "succeeded"))).ShouldBe("applied");
        (await Admin.GetOrderAsync(order.Id())).PaymentStatus().ShouldBe("refunded");
    }

    public void Dispose()
    {
        Stripe.RefundStatus = "pending";
        Stripe.Refunds = StripeMode.Normal;
    }
}
