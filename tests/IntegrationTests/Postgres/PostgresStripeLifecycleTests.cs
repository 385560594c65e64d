using System.Net;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Api.Payments.Stripe;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Postgres;

/// <summary>The whole Stripe lifecycle across two API instances on one PostgreSQL database: each order gets one intent
/// and, once canceled, one refund, whichever instance placed, paid, canceled or dispatched it.</summary>
public sealed class PostgresStripeLifecycleTests : IClassFixture<PostgresStripeApiFactory>, IDisposable
{
    private readonly PostgresStripeApiFactory _first;
    private readonly OrdersApiFactory _second;

    public PostgresStripeLifecycleTests(PostgresStripeApiFactory factory)
    {
        _first = factory;
        _second = factory.SecondInstance();
        _first.CreateClient().Dispose();
        _second.CreateClient().Dispose();
    }

    [Fact]
    public async Task PlacePayCancelRefund_AcrossTwoInstances_OneIntentAndOneRefundPerOrder()
    {
        var product = await _first.Admin().CreateProductAsync("Two-instance Stripe item", 19.99m, 100);
        var placed = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            (i % 2 == 0 ? _first : _second).ClientFor($"pg-stripe-{i}").PlaceOrderOkAsync((product, 1))));

        for (var i = 0; i < placed.Length; i++)
        {
            var order = placed[i];
            (await (i % 2 == 0 ? _second : _first).DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("applied");
            await (await (i % 2 == 0 ? _first : _second).ClientFor($"pg-stripe-{i}").CancelAsync(order.Id(), "Two minds"))
                .ShouldBeAsync(HttpStatusCode.OK);
        }

        var stripe = _first.Stripe;
        foreach (var order in placed)
            await Eventually.TrueAsync(() => Task.FromResult(stripe.RefundCalls.Any(c => c.IdempotencyKey == $"refund-rf_{order.Id()}_1")), "every refund");
        foreach (var (order, i) in placed.Select((o, i) => (o, i)))
        {
            stripe.CreatedIntents.Values.Count(x => x.OrderId == order.Id()).ShouldBe(1);
            (await (i % 2 == 0 ? _first : _second).DeliverAsync(StripeEvents.ChargeRefunded(order, $"re_pg_{i}"))).ShouldBe("applied");
        }

        // A later witness: a refund message for a new order has gone out, so both dispatchers have passed the earlier ones.
        var witness = await _second.ClientFor("pg-stripe-witness").PlaceOrderOkAsync((product, 1));
        (await _first.DeliverAsync(StripeEvents.Succeeded(witness))).ShouldBe("applied");
        await (await _second.ClientFor("pg-stripe-witness").CancelAsync(witness.Id(), "Witness")).ShouldBeAsync(HttpStatusCode.OK);
        await Eventually.TrueAsync(() => Task.FromResult(stripe.RefundCalls.Any(c => c.IdempotencyKey == $"refund-rf_{witness.Id()}_1")), "the witness refund");

        foreach (var order in placed)
        {
            stripe.RefundCalls.Count(c => c.IdempotencyKey == $"refund-rf_{order.Id()}_1" && !c.Replayed).ShouldBe(1);
            (await _second.Admin().GetOrderAsync(order.Id())).PaymentStatus().ShouldBe("refunded");
        }
    }

    public void Dispose() => _second.Dispose();
}
