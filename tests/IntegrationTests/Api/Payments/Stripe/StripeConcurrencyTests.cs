using System.Net;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>Provider calls never run inside a transaction or the SQLite write gate: intents for several orders are
/// open at Stripe at the same moment, and a refund goes out only for an order whose cancel committed.</summary>
public sealed class StripeConcurrencyTests(StripeApiFactory factory) : IClassFixture<StripeApiFactory>, IDisposable
{
    private const int Concurrent = 4;

    [Fact]
    public async Task PlaceOrders_WhileStripeHoldsEveryIntentUntilFourAreInFlight_AllSucceed()
    {
        var product = await factory.Admin().CreateProductAsync("Slow provider item", 5m, 100);
        // Each call waits for the others: if intents were opened one at a time (in the write gate), four could never
        // be in flight at once and every call would fail after the fake's deadline.
        factory.Stripe.HoldIntentsUntilInFlight(Concurrent);
        var start = new TaskCompletionSource();
        var placing = Enumerable.Range(0, Concurrent).Select(async i =>
        {
            await start.Task;
            return await factory.ClientFor($"slow-provider-{i}").PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 1)));
        }).ToList();
        start.SetResult();

        var answers = await Task.WhenAll(placing);

        foreach (var answer in answers) await answer.ShouldBeAsync(HttpStatusCode.Created);
        factory.Stripe.MaxIntentsInFlight.ShouldBeGreaterThanOrEqualTo(Concurrent);
        (await factory.Admin().StockOfAsync(product)).ShouldBe(100 - Concurrent);
    }

    [Fact]
    public async Task CancelRacingAStatusChange_RefundsOnlyTheOrdersThatEndCanceled_EachOnce()
    {
        factory.Stripe.HoldIntentsUntilInFlight(0);
        var admin = factory.Admin();
        var product = await admin.CreateProductAsync("Raced refund item", 7m, 100);
        var owner = factory.ClientFor("refund-racer");
        var ended = new Dictionary<string, string>();
        for (var round = 0; round < 10; round++)
        {
            var order = await owner.PlaceOrderOkAsync((product, 1));
            (await factory.DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("applied");
            await admin.MoveAsync(order.Id(), "in_preparation");
            var start = new TaskCompletionSource();
            var cancel = Task.Run(async () => { await start.Task; return await owner.CancelAsync(order.Id(), "Raced"); });
            var ready = Task.Run(async () => { await start.Task; return await admin.PutStatusAsync(order.Id(), "ready"); });
            start.SetResult();
            (await cancel).StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.Conflict]);
            (await ready).StatusCode.ShouldBeOneOf([HttpStatusCode.OK, HttpStatusCode.Conflict]);
            ended[order.Id()] = (await admin.GetOrderAsync(order.Id())).Status();
        }

        var canceled = ended.Where(e => e.Value == "canceled").Select(e => e.Key).ToList();
        ended.Values.ShouldAllBe(s => s == "canceled" || s == "ready");
        foreach (var id in canceled)
            await Eventually.TrueAsync(() => Task.FromResult(factory.Stripe.RefundCalls.Any(c => c.IdempotencyKey == $"refund-rf_{id}_1")), $"the refund of {id}");
        // The outbox is written with the cancel: a ready order has no refund message at all, so none can ever be sent.
        var outbox = await (await admin.GetAsync("/api/admin/outbox?limit=100")).ShouldBeAsync(HttpStatusCode.OK);
        var refundMessages = outbox["items"]!.AsArray().Where(m => m!["kind"].Str() == "refund").Select(m => m!["orderId"].Str()).ToList();
        refundMessages.Order().ShouldBe(canceled.Order());
        factory.Stripe.RefundCalls.Where(c => !c.Replayed).Select(c => c.IdempotencyKey).Order().ShouldBe(canceled.Select(id => $"refund-rf_{id}_1").Order());
    }

    public void Dispose() => factory.Stripe.HoldIntentsUntilInFlight(0);
}
