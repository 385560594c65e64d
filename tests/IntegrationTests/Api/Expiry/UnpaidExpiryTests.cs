using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Expiry;

/// <summary>Unpaid orders expire: the API's own background sweep, on a fake clock the test moves, cancels a pending order
/// whose payment did not arrive in time exactly as a cancel (stock, discount, the payment intent, email, webhook), and no
/// other; and a customer holds at most <c>Orders:MaxUnpaidPerCustomer</c> unpaid orders.</summary>
public sealed class UnpaidExpiryTests(ExpiryApiFactory factory) : IClassFixture<ExpiryApiFactory>
{
    private readonly HttpClient _admin = factory.Admin();

    [Fact]
    public async Task UnpaidOrder_PastItsExpiry_IsCanceledByTheSystemExactlyAsACancel()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        (await _admin.PostAsJsonAsync("/api/webhooks", new { url = receiver.Url, events = new[] { "order.status_changed" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = await _admin.CreateProductAsync("Expiring kettle", 30m, 10);
        await _admin.CreateDiscountAsync(new { code = "EXPIRE10", percentOff = 10, maxRedemptions = 5 });
        var owner = factory.ClientFor("expiring-customer", email: "expiring@example.com");
        var card = await (await owner.PlaceOrderAsync(new
        {
            items = new[] { new { productId = product, quantity = 3 } },
            shippingAddress = ApiClientExtensions.Address(),
            discountCode = "EXPIRE10",
        })).ShouldBeAsync(HttpStatusCode.Created);
        var transfer = await (await owner.PlaceOrderAsync(new
        {
            items = new[] { new { productId = product, quantity = 1 } },
            shippingAddress = ApiClientExtensions.Address(),
            paymentMethod = "bank_transfer",
        })).ShouldBeAsync(HttpStatusCode.Created);
        (await _admin.StockOfAsync(product)).ShouldBe(6);
        (await RedemptionsAsync("EXPIRE10")).ShouldBe(1);
        // Both confirmations sent before the clock jumps: a send still running then outlives its claim and waits for
        // its retry, a minute of the test's clock away.
        await factory.MailForAsync("expiring@example.com", 2);

        factory.Clock().Advance(TimeSpan.FromSeconds(61));

        var expired = await Eventually.FoundAsync(async () =>
        {
            var order = await _admin.GetOrderAsync(card.Id());
            return order.Status() == "canceled" ? order : null;
        }, Eventually.DefaultTimeout, () => "the card order canceled by the expiry sweep");
        expired["cancelReason"].Str().ShouldBe("payment not received in time");
        expired.Path().ShouldBe(["null>pending", "pending>canceled"]);
        expired.History()[^1]!["by"].Str().ShouldBe("system");
        expired.History()[^1]!["note"].Str().ShouldBe("payment not received in time");
        (await _admin.StockOfAsync(product)).ShouldBe(9, "the card order's 3 units are back; the bank transfer still holds 1");
        (await RedemptionsAsync("EXPIRE10")).ShouldBe(0);
        (await _admin.GetOrderAsync(transfer.Id())).Status().ShouldBe("pending", "a bank transfer has ten minutes here");

        // Nothing is left to pay: the secret is gone, the intent is canceled at the provider from the outbox.
        (await owner.GetOrderAsync(card.Id()))["payment"]!["clientSecret"].ShouldBeNull();
        (await owner.GetOrderAsync(transfer.Id()))["payment"]!["clientSecret"].Str().ShouldNotBeNullOrEmpty();
        await Eventually.FoundAsync(() => OutboxMessageAsync(card.Id(), "intent_cancel", "sent"));
        (await OutboxMessageAsync(transfer.Id(), "intent_cancel", null)).ShouldBeNull();

        var mails = await factory.MailForAsync("expiring@example.com", 3);
        mails.Count(m => m.Subject.Contains($"{card["orderNumber"].Str()} has been canceled", StringComparison.Ordinal)).ShouldBe(1);
        var hooks = await receiver.WaitForAsync(r => r.Any(h => h.Body.Contains(card.Id(), StringComparison.Ordinal)));
        var hook = JsonNode.Parse(hooks.Single(h => h.Body.Contains(card.Id(), StringComparison.Ordinal)).Body)!;
        (hook["event"].Str(), hook["data"]!["newStatus"].Str(), hook["data"]!["previousStatus"].Str()).ShouldBe(("order.status_changed", "canceled", "pending"));

        // Money that arrives anyway is not taken: it is recorded as late and refunded.
        var late = await (await factory.CreateClient().PostPaymentEventAsync(LifecycleApi.PaymentEvent(card))).ShouldBeAsync(HttpStatusCode.OK);
        late["result"].Str().ShouldBe("refund_queued");
        (await _admin.RefundedAsync(card.Id())).Status().ShouldBe("canceled");

        // Ten minutes on, the bank transfer expires too.
        factory.Clock().Advance(TimeSpan.FromMinutes(10));
        await Eventually.TrueAsync(async () => (await _admin.GetOrderAsync(transfer.Id())).Status() == "canceled", "the bank transfer expired");
        (await _admin.StockOfAsync(product)).ShouldBe(10);
    }

    [Fact]
    public async Task PaidOrder_PastTheExpiry_IsNotCanceled()
    {
        var product = await _admin.CreateProductAsync("Paid in time lamp", 12m, 5);
        var owner = factory.ClientFor("paying-customer");
        var paid = await owner.PlaceOrderOkAsync((product, 1));
        await factory.CreateClient().PayAsync(paid);
        var unpaid = await owner.PlaceOrderOkAsync((product, 1));

        factory.Clock().Advance(TimeSpan.FromSeconds(61));

        // The unpaid order, placed after the paid one, is the witness that the sweep passed the paid one by.
        await Eventually.TrueAsync(async () => (await _admin.GetOrderAsync(unpaid.Id())).Status() == "canceled", "the unpaid order expired");
        (await _admin.GetOrderAsync(paid.Id())).Status().ShouldBe("paid");
        (await _admin.StockOfAsync(product)).ShouldBe(4);
    }

    [Fact]
    public async Task PlaceOrder_WhenTheCustomerHoldsThreeUnpaidOrders_Returns409_UntilOneIsPaidOrCanceled()
    {
        var product = await _admin.CreateProductAsync("Hoarded lamp", 5m, 100);
        var hoarder = factory.ClientFor("hoarding-customer");
        var placed = new List<JsonObject>();
        for (var i = 0; i < 3; i++) placed.Add(await hoarder.PlaceOrderOkAsync((product, 1)));
        // A failed payment leaves the order unpaid: it still counts.
        (await (await factory.CreateClient().PostPaymentEventAsync(LifecycleApi.PaymentEvent(placed[0], type: "payment.failed", failureReason: "declined")))
            .ShouldBeAsync(HttpStatusCode.OK))["result"].Str().ShouldBe("applied");

        var refused = await hoarder.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)));

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem["code"].Str().ShouldBe("order.too_many_unpaid");
        problem["detail"].Str().ShouldContain("3");
        (await _admin.StockOfAsync(product)).ShouldBe(97);
        (await factory.ClientFor("other-customer").PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)))).StatusCode.ShouldBe(HttpStatusCode.Created);

        await factory.CreateClient().PayAsync(placed[1]);
        await hoarder.PlaceOrderOkAsync((product, 1));
        await (await hoarder.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)))).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await (await hoarder.CancelAsync(placed[2].Id())).ShouldBeAsync(HttpStatusCode.OK);
        await hoarder.PlaceOrderOkAsync((product, 1));
    }

    [Fact]
    public async Task PlaceOrder_TenAtOnceForOneCustomer_NoMoreThanThreeAreTaken()
    {
        var product = await _admin.CreateProductAsync("Rushed lamp", 5m, 100);
        var rusher = factory.ClientFor("rushing-customer");
        var start = new TaskCompletionSource();

        var attempts = Enumerable.Range(0, 10).Select(async _ =>
        {
            await start.Task;
            return await rusher.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)));
        }).ToList();
        start.SetResult();
        var responses = await Task.WhenAll(attempts);

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(3);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict))["code"].Str().ShouldBe("order.too_many_unpaid");
        (await _admin.StockOfAsync(product)).ShouldBe(97);
    }

    [Fact]
    public async Task CancelOfAnUnpaidOrder_CancelsItsIntent_AndHidesTheClientSecret()
    {
        var product = await _admin.CreateProductAsync("Canceled intent lamp", 8m, 5);
        var owner = factory.ClientFor("intent-canceling-customer");
        var order = await owner.PlaceOrderOkAsync((product, 1));
        (await owner.GetOrderAsync(order.Id()))["payment"]!["clientSecret"].Str().ShouldNotBeNullOrEmpty();

        await (await owner.CancelAsync(order.Id(), "Changed my mind")).ShouldBeAsync(HttpStatusCode.OK);

        (await owner.GetOrderAsync(order.Id()))["payment"]!["clientSecret"].ShouldBeNull();
        (await owner.GetOrderAsync(order["orderNumber"].Str()))["payment"]!["clientSecret"].ShouldBeNull();
        await Eventually.FoundAsync(() => OutboxMessageAsync(order.Id(), "intent_cancel", "sent"));
    }

    private async Task<JsonNode?> OutboxMessageAsync(string orderId, string kind, string? status)
    {
        var page = await (await _admin.GetAsync($"/api/admin/outbox?limit=100{(status is null ? "" : $"&status={status}")}")).ShouldBeAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().FirstOrDefault(m => m!["kind"].Str() == kind && m["orderId"]?.GetValue<string>() == orderId);
    }

    private async Task<int> RedemptionsAsync(string code)
    {
        var list = await (await _admin.GetAsync("/api/discounts?limit=100")).ShouldBeAsync(HttpStatusCode.OK);
        return list["items"]!.AsArray().Single(d => d!["code"].Str() == code)!["redemptions"]!.GetValue<int>();
    }
}
