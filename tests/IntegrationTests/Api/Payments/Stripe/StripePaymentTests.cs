using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>Payments through Stripe, over HTTP, against the fake Stripe: intents, signed events, refunds from the outbox.</summary>
public sealed class StripePaymentTests(StripeApiFactory factory) : IClassFixture<StripeApiFactory>
{
    private FakeStripe Stripe => factory.Stripe;

    private async Task<(JsonObject Order, HttpClient Owner)> PlaceAsync(string buyer, decimal price = 25m, int quantity = 2)
    {
        var product = await factory.Admin().CreateProductAsync($"Stripe item {Guid.NewGuid():N}", price, 100);
        var owner = factory.ClientFor(buyer);
        return (await owner.PlaceOrderOkAsync((product, quantity)), owner);
    }

    private async Task<JsonObject> PaidAsync(string buyer)
    {
        var (order, _) = await PlaceAsync(buyer);
        (await factory.DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("applied");
        return order;
    }

    [Fact]
    public async Task PlaceOrder_WithStripe_OpensOneIntentWithTheAmountCurrencyMetadataAndOrderKey()
    {
        var (order, owner) = await PlaceAsync("stripe-intent", price: 12.5m, quantity: 3);

        var call = Stripe.IntentCalls.Where(c => c.IdempotencyKey == $"order-{order.Id()}").ShouldHaveSingleItem();
        call.Form["amount"].ShouldBe(StripeEvents.Minor(order).ToString());
        call.Form["currency"].ShouldBe("usd");
        call.Form["metadata[orderId]"].ShouldBe(order.Id());
        call.Form["metadata[orderNumber]"].ShouldBe(order["orderNumber"].Str());
        call.Form["automatic_payment_methods[enabled]"].ShouldBe("true");
        call.Authorization.ShouldBe($"Bearer {OrdersApiFactory.StripeSecretKey}");
        var intent = Stripe.CreatedIntents.Values.Where(i => i.OrderId == order.Id()).ShouldHaveSingleItem();
        order["payment"]!["provider"].Str().ShouldBe("stripe");
        order["payment"]!["intentId"].Str().ShouldBe(intent.Id);
        order["payment"]!["clientSecret"].Str().ShouldBe($"{intent.Id}_secret_fake");
        (await owner.GetOrderAsync(order.Id()))["payment"]!["clientSecret"].Str().ShouldBe($"{intent.Id}_secret_fake");
    }

    [Fact]
    public async Task PaymentIntentSucceeded_WhenSigned_MarksPaidWithTheChargeAndSendsTheEmailAndWebhook()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        (await factory.Admin().PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.status_changed" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var (order, owner) = await PlaceAsync("stripe-paid");

        (await factory.DeliverAsync(StripeEvents.Succeeded(order, chargeId: "ch_paid_by_stripe"))).ShouldBe("applied");

        var paid = await owner.GetOrderAsync(order.Id());
        paid.Status().ShouldBe("paid");
        paid.PaymentStatus().ShouldBe("succeeded");
        paid["payment"]!["transactionId"].Str().ShouldBe("ch_paid_by_stripe");
        paid["paidAt"].ShouldNotBeNull();
        paid.Path().ShouldBe(["null>pending", "pending>paid"]);
        await receiver.WaitForAsync(r => r.Any(w => w.Body.Contains(order.Id()) && w.Body.Contains("\"newStatus\":\"paid\"")));
        var mail = await factory.MailForAsync("stripe-paid@example.com", 2);
        mail.ShouldContain(m => m.Subject.Contains(order["orderNumber"].Str()) && m.Subject != $"Order {order["orderNumber"].Str()} confirmed");
    }

    [Fact]
    public async Task PaymentIntentSucceeded_WhenDeliveredTwice_ChangesTheOrderOnce()
    {
        var (order, owner) = await PlaceAsync("stripe-twice");
        var payload = StripeEvents.Succeeded(order);

        (await factory.DeliverAsync(payload)).ShouldBe("applied");
        var version = (await owner.GetOrderAsync(order.Id())).Version();
        (await factory.DeliverAsync(payload)).ShouldBe("duplicate");

        var after = await owner.GetOrderAsync(order.Id());
        after.Version().ShouldBe(version);
        after.History().Count.ShouldBe(2);
    }

    [Fact]
    public async Task StripeWebhook_WhenSignedWithAnotherSecret_Returns400AndLeavesTheOrderPending()
    {
        var (order, owner) = await PlaceAsync("stripe-forged");
        var payload = StripeEvents.Succeeded(order);

        await (await factory.PostStripeEventAsync(payload, StripeEvents.Sign(payload, "whsec_someone_else"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await owner.GetOrderAsync(order.Id())).Status().ShouldBe("pending");
    }

    [Fact]
    public async Task StripeWebhook_WhenTimestampIsStale_Returns400()
    {
        var (order, owner) = await PlaceAsync("stripe-stale");
        var payload = StripeEvents.Succeeded(order);

        var stale = StripeEvents.Sign(payload, OrdersApiFactory.StripeWebhookSecret, DateTimeOffset.UtcNow.AddMinutes(-6));
        await (await factory.PostStripeEventAsync(payload, stale)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await owner.GetOrderAsync(order.Id())).Status().ShouldBe("pending");
    }

    [Fact]
    public async Task StripeWebhook_WhenBodyWasTamperedWith_Returns400()
    {
        var (order, owner) = await PlaceAsync("stripe-tampered");
        var payload = StripeEvents.Succeeded(order);
        var signature = StripeEvents.Sign(payload, OrdersApiFactory.StripeWebhookSecret);
        var tampered = payload.Replace($"\"amount\":{StripeEvents.Minor(order)}", "\"amount\":1");

        await (await factory.PostStripeEventAsync(tampered, signature)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await factory.PostStripeEventAsync(payload, "")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await owner.GetOrderAsync(order.Id())).Status().ShouldBe("pending");
    }

    [Fact]
    public async Task PaymentIntentSucceeded_InAnotherCurrency_IsRefusedWith200AndTheOrderStaysUnpaid()
    {
        var (order, owner) = await PlaceAsync("stripe-mismatch-eur");

        (await factory.DeliverAsync(StripeEvents.Succeeded(order, currency: "eur"))).ShouldBe("refused");

        var after = await owner.GetOrderAsync(order.Id());
        after.Status().ShouldBe("pending");
        after.PaymentStatus().ShouldBe("requires_payment");
        // Refused, not remembered: the right payment under a new event id still pays it.
        (await factory.DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("applied");
    }

    [Fact]
    public async Task PaymentIntentSucceeded_ForAnotherAmountOfAPendingOrder_Is503SoStripeDeliversItAgain_AndTheRedeliveryPaysOnceTheTotalMatches()
    {
        var (order, owner) = await PlaceAsync("stripe-mismatch-amount");
        // An edit moves the intent's amount before its own save: the payment of the new amount can arrive first.
        var early = StripeEvents.Succeeded(order, amount: StripeEvents.Minor(order) + 1);

        var response = await factory.PostStripeEventAsync(early, StripeEvents.Sign(early, OrdersApiFactory.StripeWebhookSecret));
        await response.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);

        var after = await owner.GetOrderAsync(order.Id());
        after.Status().ShouldBe("pending");
        after.PaymentStatus().ShouldBe("requires_payment");
        // Not remembered: the event of the order's own amount pays it.
        (await factory.DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("applied");
    }

    [Fact]
    public async Task PaymentIntentPaymentFailed_RecordsTheFailureAndKeepsTheOrderPending()
    {
        var (order, owner) = await PlaceAsync("stripe-declined");

        (await factory.DeliverAsync(StripeEvents.PaymentFailed(order, "Your card has insufficient funds."))).ShouldBe("applied");

        var after = await owner.GetOrderAsync(order.Id());
        after.Status().ShouldBe("pending");
        after.PaymentStatus().ShouldBe("failed");
        after["payment"]!["failureReason"].Str().ShouldBe("Your card has insufficient funds.");
        (await factory.DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("applied");
    }

    [Fact]
    public async Task StripeWebhook_ForAnIntentOfNoOrderOrAnotherEventType_Returns200Ignored()
    {
        var stranger = new JsonObject
        {
            ["id"] = "ckstranger00000000000000", ["orderNumber"] = "2026-01-0001", ["currency"] = "USD", ["total"] = 10m,
            ["payment"] = new JsonObject { ["intentId"] = "pi_not_ours_at_all" },
        };

        (await factory.DeliverAsync(StripeEvents.Succeeded(stranger))).ShouldBe("ignored");
        (await factory.DeliverAsync(StripeEvents.Event("customer.created", new { id = "cus_1", @object = "customer" }))).ShouldBe("ignored");
    }

    [Fact]
    public async Task CancelAfterPayment_RefundsOnceWithTheRefundsKey_ThenChargeRefundedMarksItRefunded()
    {
        var order = await PaidAsync("stripe-cancel");
        var owner = factory.ClientFor("stripe-cancel");

        var canceled = await (await owner.CancelAsync(order.Id(), "Changed my mind")).ShouldBeAsync(HttpStatusCode.OK);
        canceled.PaymentStatus().ShouldBe("refund_pending");

        await Eventually.TrueAsync(() => Task.FromResult(Stripe.RefundCalls.Any(c => c.IdempotencyKey == $"refund-rf_{order.Id()}_1")), "the refund call");
        var refund = Stripe.RefundCalls.Where(c => c.IdempotencyKey == $"refund-rf_{order.Id()}_1").ShouldHaveSingleItem();
        refund.Form["payment_intent"].ShouldBe(StripeEvents.IntentOf(order));
        refund.Status.ShouldBe(200);
        (await owner.GetOrderAsync(order.Id())).PaymentStatus().ShouldBe("refund_pending");

        (await factory.DeliverAsync(StripeEvents.ChargeRefunded(order, "re_confirmed_by_charge"))).ShouldBe("applied");
        (await owner.GetOrderAsync(order.Id())).PaymentStatus().ShouldBe("refunded");
    }

    [Fact]
    public async Task RejectAfterPayment_RefundUpdatedSucceeded_MarksRefunded_AndPendingRefundUpdateChangesNothing()
    {
        var order = await PaidAsync("stripe-reject");
        await (await factory.Admin().RejectAsync(order.Id(), "Cannot ship there")).ShouldBeAsync(HttpStatusCode.OK);
        await Eventually.TrueAsync(() => Task.FromResult(Stripe.RefundCalls.Any(c => c.IdempotencyKey == $"refund-rf_{order.Id()}_1")), "the refund call");

        (await factory.DeliverAsync(StripeEvents.RefundUpdated(order, "pending"))).ShouldBe("ignored");
        (await factory.Admin().GetOrderAsync(order.Id())).PaymentStatus().ShouldBe("refund_pending");
        (await factory.DeliverAsync(StripeEvents.RefundUpdated(order, "succeeded"))).ShouldBe("applied");
        (await factory.Admin().GetOrderAsync(order.Id())).PaymentStatus().ShouldBe("refunded");
    }

    [Fact]
    public async Task PaymentIntentSucceeded_ForAnOrderCanceledMeanwhile_QueuesARefundAndNeverPays()
    {
        var (order, owner) = await PlaceAsync("stripe-late");
        await (await owner.CancelAsync(order.Id(), "Too slow")).ShouldBeAsync(HttpStatusCode.OK);

        (await factory.DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("refund_queued");

        var after = await owner.GetOrderAsync(order.Id());
        after.Status().ShouldBe("canceled");
        after["paidAt"].ShouldBeNull();
        after.PaymentStatus().ShouldBe("refund_pending");
        await Eventually.TrueAsync(() => Task.FromResult(Stripe.RefundCalls.Any(c => c.IdempotencyKey == $"refund-rf_{order.Id()}_1")), "the refund call");
    }
}
