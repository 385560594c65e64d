using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>Stripe down, slow or refusing: during placement (503 or 502, no order), during a refund (retried, or parked
/// as dead), and intents left without an order (canceled by the housekeeping). One test at a time: they switch the fake.</summary>
public sealed class StripeFailureTests(StripeApiFactory factory) : IClassFixture<StripeApiFactory>, IDisposable
{
    private FakeStripe Stripe => factory.Stripe;

    private async Task<string> ProductAsync(int stock = 100) =>
        await factory.Admin().CreateProductAsync($"Stripe failure item {Guid.NewGuid():N}", 40m, stock);

    private async Task<int> OrdersOfAsync(string user) =>
        (await (await factory.Admin().GetAsync($"/api/admin/orders?userId={user}")).ShouldBeAsync(HttpStatusCode.OK))["total"]!.GetValue<int>();

    [Theory]
    [InlineData(StripeMode.Unavailable)]
    [InlineData(StripeMode.ServerError)]
    [InlineData(StripeMode.Hang)]
    public async Task PlaceOrder_WhenStripeIsDown_Returns503WithRetryAfter_ThenTheSameKeyGivesOneIntentAndOneOrder(StripeMode down)
    {
        var product = await ProductAsync();
        var buyer = factory.ClientFor($"stripe-down-{down}");
        var body = ApiClientExtensions.OrderBody((product, 2));
        Stripe.Intents = down;

        var refused = await buyer.PlaceOrderAsync(body, "retry-me");

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable);
        problem["code"].Str().ShouldBe("payments.provider_unavailable");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        (await OrdersOfAsync($"stripe-down-{down}")).ShouldBe(0);
        (await factory.Admin().StockOfAsync(product)).ShouldBe(100);

        Stripe.Intents = StripeMode.Normal;
        var placed = await (await buyer.PlaceOrderAsync(body, "retry-me")).ShouldBeAsync(HttpStatusCode.Created);
        var replayed = await buyer.PlaceOrderAsync(body, "retry-me");
        (await replayed.ShouldBeAsync(HttpStatusCode.Created)).Id().ShouldBe(placed.Id());
        replayed.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);

        (await OrdersOfAsync($"stripe-down-{down}")).ShouldBe(1);
        (await factory.Admin().StockOfAsync(product)).ShouldBe(98);
        Stripe.CreatedIntents.Values.Count(i => i.OrderId == placed.Id()).ShouldBe(1);
        Stripe.IntentCalls.Where(c => c.Form["metadata[orderId]"] == placed.Id()).ShouldAllBe(c => c.IdempotencyKey == $"order-{placed.Id()}");
    }

    [Fact]
    public async Task PlaceOrder_WhenStripeRefuses_Returns502AndCreatesNoOrder()
    {
        var product = await ProductAsync();
        Stripe.Intents = StripeMode.Refuse;

        var refused = await factory.ClientFor("stripe-refused").PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)));

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.BadGateway);
        problem["code"].Str().ShouldBe("payments.provider_error");
        problem["detail"].Str().ShouldContain("req_");
        (await OrdersOfAsync("stripe-refused")).ShouldBe(0);
        (await factory.Admin().StockOfAsync(product)).ShouldBe(100);
    }

    [Fact]
    public async Task Refund_WhenStripeIsDownForAWhile_IsRetriedUntilItAnswers_AndRefundsExactlyOnce()
    {
        var order = await PaidOrderAsync("stripe-refund-retry");
        Stripe.FailNextRefunds(2);

        await (await factory.Admin().RejectAsync(order.Id(), "Damaged in the warehouse")).ShouldBeAsync(HttpStatusCode.OK);

        var key = $"refund-rf_{order.Id()}_1";
        await Eventually.TrueAsync(() => Task.FromResult(Stripe.RefundCalls.Any(c => c.IdempotencyKey == key && c.Status == 200)), "a refund answered 200");
        var calls = Stripe.RefundCalls.Where(c => c.IdempotencyKey == key).ToList();
        calls.Select(c => c.Status).ShouldBe([503, 503, 200]);
        await Eventually.FoundAsync(async () => await RefundMessageAsync(order, "sent"));
        Stripe.RefundCalls.Count(c => c.IdempotencyKey == key && c.Status == 200 && !c.Replayed).ShouldBe(1);
        (await factory.Admin().GetOrderAsync(order.Id())).PaymentStatus().ShouldBe("refund_pending");
    }

    [Fact]
    public async Task Refund_WhenStripeRefusesIt_FailsTheRefundWithStripesReason_ForAnAdminToRetry()
    {
        var order = await PaidOrderAsync("stripe-refund-refused");
        Stripe.Refunds = StripeMode.Decline;

        await (await factory.ClientFor("stripe-refund-refused").CancelAsync(order.Id(), "No longer needed")).ShouldBeAsync(HttpStatusCode.OK);

        JsonObject? after = null;
        await Eventually.TrueAsync(async () => (after = await factory.Admin().GetOrderAsync(order.Id())).PaymentStatus() != "refund_pending", "the refund failed");
        await Eventually.FoundAsync(async () => await RefundMessageAsync(order, "sent"));
        Stripe.RefundCalls.Count(c => c.IdempotencyKey == $"refund-rf_{order.Id()}_1").ShouldBe(1);
        var refunds = await (await factory.Admin().GetAsync($"/api/orders/{order.Id()}/refunds")).ShouldBeAsync(HttpStatusCode.OK);
        var refund = refunds["items"]!.AsArray().ShouldHaveSingleItem()!;
        refund["status"].Str().ShouldBe("failed");
        refund["failureReason"].Str().ShouldContain("card_error");
        after!.PaymentStatus().ShouldBe("succeeded", "nothing was given back yet");
    }

    [Fact]
    public async Task Housekeeping_CancelsAnIntentWhoseOrderNeverCameToBe_AndLeavesHeldIntentsAlone()
    {
        var product = await ProductAsync(stock: 1);
        var buyer = factory.ClientFor("stripe-orphan");
        var held = await buyer.PlaceOrderOkAsync((product, 1));
        var before = Stripe.CreatedIntents.Keys.ToHashSet();
        // Out of stock: found in the order's transaction, after the intent was opened.
        await (await buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var orphan = Stripe.CreatedIntents.Values.Single(i => !before.Contains(i.Id));

        await factory.Services.GetRequiredService<Housekeeping>().CancelOrphanIntentsAsync(DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);

        Stripe.CreatedIntents[orphan.Id].Status.ShouldBe("canceled");
        Stripe.CreatedIntents[StripeEvents.IntentOf(held)].Status.ShouldBe("requires_payment_method");
        Stripe.CallsTo($"/v1/payment_intents/{orphan.Id}/cancel").ShouldHaveSingleItem().IdempotencyKey.ShouldBe($"cancel-{orphan.Id}");
        await factory.Services.GetRequiredService<Housekeeping>().CancelOrphanIntentsAsync(DateTimeOffset.UtcNow.AddSeconds(1), CancellationToken.None);
        Stripe.CallsTo($"/v1/payment_intents/{orphan.Id}/cancel").Count.ShouldBe(1, "a canceled intent is forgotten");
    }

    private async Task<JsonObject> PaidOrderAsync(string buyer)
    {
        var order = await factory.ClientFor(buyer).PlaceOrderOkAsync((await ProductAsync(), 1));
        (await factory.DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("applied");
        return order;
    }

    private async Task<JsonNode?> RefundMessageAsync(JsonObject order, string status)
    {
        var page = await (await factory.Admin().GetAsync($"/api/admin/outbox?status={status}&limit=100")).ShouldBeAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().FirstOrDefault(m => m!["kind"].Str() == "refund" && m["orderId"]?.GetValue<string>() == order.Id());
    }

    public void Dispose()
    {
        Stripe.Intents = StripeMode.Normal;
        Stripe.Refunds = StripeMode.Normal;
        Stripe.FailNextRefunds(0);
    }
}
