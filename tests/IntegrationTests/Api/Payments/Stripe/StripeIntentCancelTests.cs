using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orders.Application.Payments;
using Orders.Infrastructure.Persistence;
using Orders.IntegrationTests.Api.Lifecycle;
using Orders.IntegrationTests.Infrastructure;

namespace Orders.IntegrationTests.Api.Payments.Stripe;

/// <summary>A canceled order has no live payment at Stripe: cancel and reject of an unpaid order cancel its intent from the
/// outbox, and a placement retried with its Idempotency-Key never gets back an intent the housekeeping canceled.</summary>
public sealed class StripeIntentCancelTests(StripeApiFactory factory) : IClassFixture<StripeApiFactory>
{
    private FakeStripe Stripe => factory.Stripe;

    [Theory]
    [InlineData("cancel")]
    [InlineData("reject")]
    public async Task EndingAnUnpaidOrder_CancelsItsIntentAtStripe_AndHidesTheClientSecret(string how)
    {
        var product = await factory.Admin().CreateProductAsync($"Stripe canceled {how}", 20m, 10);
        var owner = factory.ClientFor($"stripe-ends-{how}");
        var order = await owner.PlaceOrderOkAsync((product, 1));
        var intent = StripeEvents.IntentOf(order);

        var ended = how == "cancel"
            ? await owner.CancelAsync(order.Id(), "Not needed")
            : await factory.Admin().RejectAsync(order.Id(), "Cannot deliver there");
        await ended.ShouldBeAsync(HttpStatusCode.OK);

        await Eventually.TrueAsync(() => Task.FromResult(Stripe.CreatedIntents[intent].Status == "canceled"), $"intent {intent} canceled at Stripe");
        var call = Stripe.CallsTo($"/v1/payment_intents/{intent}/cancel").ShouldHaveSingleItem();
        (call.Status, call.IdempotencyKey, call.Authorization).ShouldBe((200, $"cancel-{intent}", $"Bearer {OrdersApiFactory.StripeSecretKey}"));
        (await owner.GetOrderAsync(order.Id()))["payment"]!["clientSecret"].ShouldBeNull();
    }

    [Fact]
    public async Task CancelingAPaidOrder_RefundsIt_AndCancelsNoIntent()
    {
        var product = await factory.Admin().CreateProductAsync("Stripe paid then canceled", 20m, 10);
        var owner = factory.ClientFor("stripe-paid-cancel");
        var order = await owner.PlaceOrderOkAsync((product, 1));
        (await factory.DeliverAsync(StripeEvents.Succeeded(order))).ShouldBe("applied");

        await (await owner.CancelAsync(order.Id())).ShouldBeAsync(HttpStatusCode.OK);

        await Eventually.TrueAsync(() => Task.FromResult(Stripe.RefundCalls.Any(c => c.IdempotencyKey == $"refund-rf_{order.Id()}_1")), "the refund");
        Stripe.CallsTo($"/v1/payment_intents/{StripeEvents.IntentOf(order)}/cancel").ShouldBeEmpty();
    }

    [Fact]
    public async Task PlacementRetriedWithItsKey_AfterTheHousekeepingRan_NeverGetsACanceledIntent()
    {
        var busy = new BusyAfterIntent.Switch();
        using var host = OrdersApiFactory.Create((ApiHostOptions.Notifications with { Stripe = true }).WithServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.UtcNow));
            var stripe = services.Last(d => d.ServiceType == typeof(IPaymentProvider));
            services.Remove(stripe);
            services.AddScoped<IPaymentProvider>(sp => new BusyAfterIntent((IPaymentProvider)stripe.ImplementationFactory!(sp), busy));
        }));
        var clock = (FakeTimeProvider)host.Services.GetRequiredService<TimeProvider>();
        var housekeeping = host.Services.GetRequiredService<Housekeeping>();
        var product = await host.Admin().CreateProductAsync("Retried after a crash", 20m, 10);
        var buyer = host.ClientFor("stripe-crash-retry");
        var body = ApiClientExtensions.OrderBody((product, 1));

        busy.Armed = true;
        (await buyer.PlaceOrderAsync(body, "crash-key")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        busy.Armed = false;
        var opened = host.Stripe.CreatedIntents.Values.ShouldHaveSingleItem();

        // The housekeeping looks for intents no order holds (as it would an hour later), while the key can still be retried.
        await housekeeping.CancelOrphanIntentsAsync(clock.GetUtcNow().AddSeconds(1), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(31));
        var placed = await (await buyer.PlaceOrderAsync(body, "crash-key")).ShouldBeAsync(HttpStatusCode.Created);

        placed.Id().ShouldBe(opened.OrderId);
        var attached = host.Stripe.CreatedIntents[StripeEvents.IntentOf(placed)];
        attached.Status.ShouldBe("requires_payment_method", "a retry with the key must not attach an intent Stripe canceled");
        placed["payment"]!["clientSecret"].Str().ShouldBe($"{attached.Id}_secret_fake");

        // Once the key can no longer be retried, an orphan left by such a crash is canceled.
        busy.Armed = true;
        (await buyer.PlaceOrderAsync(ApiClientExtensions.OrderBody((product, 2)), "crash-key-2")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        busy.Armed = false;
        var orphan = host.Stripe.CreatedIntents.Values.Single(i => i.Id != opened.Id);
        await housekeeping.CancelOrphanIntentsAsync(clock.GetUtcNow().AddSeconds(1), CancellationToken.None);
        host.Stripe.CreatedIntents[orphan.Id].Status.ShouldBe("requires_payment_method");
        clock.Advance(TimeSpan.FromHours(26));
        await housekeeping.CancelOrphanIntentsAsync(clock.GetUtcNow().AddSeconds(1), CancellationToken.None);
        host.Stripe.CreatedIntents[orphan.Id].Status.ShouldBe("canceled");
    }
}
