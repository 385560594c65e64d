using Orders.Application.Payments;
using Orders.Application.Payments.HandleStripeEvent;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Payments;

/// <summary>Stripe's answers: what no redelivery can change is a 200 (ignored or refused), a bad signature is refused.</summary>
public class HandleStripeEventHandlerTests
{
    private readonly InMemoryOrderRepository _orders = new();
    private readonly FakeStripeEventReader _reader = new();
    private readonly HandleStripeEventHandler _handler;
    private readonly Order _order = new OrderBuilder().WithPaymentIntent().Build();

    public HandleStripeEventHandlerTests()
    {
        _orders.Add(_order);
        var applier = new PaymentEventApplier(_orders, new InMemoryProcessedPaymentEvents(), TestCreditNotes.Numbering(new FakeUnitOfWork()), new FakeUnitOfWork(), new FixedTimeProvider(OrderBuilder.PlacedAt), new FakePaymentProvider());
        _handler = new HandleStripeEventHandler(_reader, applier, new PaymentOptions { Provider = PaymentOptions.Stripe });
    }

    private Task<Result<PaymentEventOutcome>> Deliver(ProviderPaymentEvent evt, string signature = FakeStripeEventReader.GoodSignature)
    {
        _reader.Next = evt;
        return _handler.HandleAsync(new HandleStripeEventCommand("{}", signature), default);
    }

    private ProviderPaymentEvent Succeeded(long? amount = null, string intent = OrderBuilder.IntentId) =>
        new("evt_1", "payment_intent.succeeded", PaymentEventKind.Succeeded, intent, "ch_1", amount ?? _order.Total, "usd", null);

    [Fact]
    public async Task HandleAsync_WhenSucceeded_PaysTheOrder()
    {
        (await Deliver(Succeeded())).Value.Result.ShouldBe("applied");
        _order.Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task HandleAsync_WhenSignatureIsBad_IsInvalid()
    {
        (await Deliver(Succeeded(), signature: "t=1,v1=forged")).ShouldFailWith("payment.bad_signature", ResultStatus.Invalid);
        _order.Status.ShouldBe(OrderStatus.Pending);
    }

    [Fact]
    public async Task HandleAsync_WhenAPendingOrdersAmountDiffers_IsUnavailable_SoStripeDeliversItAgain()
    {
        var outcome = await Deliver(Succeeded(amount: 1));

        outcome.ShouldFailWith("payment.amount_changing", ResultStatus.Unavailable);
        _order.Status.ShouldBe(OrderStatus.Pending);
    }

    [Fact]
    public async Task HandleAsync_WhenIntentIsNotOurs_IsIgnored() =>
        (await Deliver(Succeeded(intent: "pi_someone_else"))).Value.Result.ShouldBe("ignored");

    [Fact]
    public async Task HandleAsync_WhenTypeIsNotHandled_IsIgnored() =>
        (await Deliver(new ProviderPaymentEvent("evt_2", "customer.created", PaymentEventKind.Other, "", null, null, null, null)))
            .Value.Result.ShouldBe("ignored");

    [Fact]
    public async Task HandleAsync_WhenStripeIsNotTheProvider_IsNotFound()
    {
        var handler = new HandleStripeEventHandler(_reader, null!, new PaymentOptions());

        (await handler.HandleAsync(new HandleStripeEventCommand("{}", FakeStripeEventReader.GoodSignature), default))
            .ShouldFailWith("payments.stripe_not_enabled", ResultStatus.NotFound);
    }
}
