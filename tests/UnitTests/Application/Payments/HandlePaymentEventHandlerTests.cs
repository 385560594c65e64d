using Orders.Application.Payments;
using Orders.Application.Payments.HandlePaymentEvent;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Payments;

/// <summary>The manual provider's events: what the reader reads is applied through the shared applier; what it refuses
/// touches no order. Verifying and parsing are <c>ManualPaymentEventReaderTests</c>' business.</summary>
public class HandlePaymentEventHandlerTests
{
    private readonly InMemoryOrderRepository _orders = new();
    private readonly FakePaymentEventReader _reader = new();
    private readonly HandlePaymentEventHandler _handler;
    private readonly Order _order = new OrderBuilder().WithPaymentIntent().Build();

    public HandlePaymentEventHandlerTests()
    {
        _orders.Add(_order);
        _handler = new HandlePaymentEventHandler(_reader,
            new PaymentEventApplier(_orders, new InMemoryProcessedPaymentEvents(), TestCreditNotes.Numbering(new FakeUnitOfWork()), new FakeUnitOfWork(), new FixedTimeProvider(OrderBuilder.PlacedAt),
                new FakePaymentProvider { CallsOut = false }));
    }

    private Task<Result<PaymentEventOutcome>> Deliver(PaymentEventKind kind, long amount, string signature = FakePaymentEventReader.GoodSignature)
    {
        _reader.Next = new ProviderPaymentEvent("evt_1", "payment.x", kind, OrderBuilder.IntentId, "txn_1", amount, _order.Currency, "declined");
        return _handler.HandleAsync(new HandlePaymentEventCommand("{}", signature), default);
    }

    [Fact]
    public async Task HandleAsync_WhenSucceeded_PaysTheOrder()
    {
        (await Deliver(PaymentEventKind.Succeeded, _order.Total)).Value.Result.ShouldBe("applied");

        _order.Status.ShouldBe(OrderStatus.Paid);
        _order.TransactionId.ShouldBe("txn_1");
    }

    [Fact]
    public async Task HandleAsync_WhenAmountDiffers_IsRefusedAndLeavesTheOrderUnpaid()
    {
        // The built-in provider's intent moves in the order's own save: no payment of a total to come can arrive early.
        (await Deliver(PaymentEventKind.Succeeded, -1)).ShouldFailWith(PaymentErrors.AmountMismatchCode, ResultStatus.Error);

        _order.Status.ShouldBe(OrderStatus.Pending);
    }

    [Fact]
    public async Task HandleAsync_WhenFailed_RecordsTheReason()
    {
        (await Deliver(PaymentEventKind.Failed, 0)).Value.Result.ShouldBe("applied");

        _order.PaymentFailureReason.ShouldBe("declined");
    }

    [Fact]
    public async Task HandleAsync_WhenTheReaderRefuses_AnswersItsFailureAndTouchesNoOrder()
    {
        (await Deliver(PaymentEventKind.Succeeded, _order.Total, signature: "t=1,v1=forged")).ShouldFailWith("signature.invalid", ResultStatus.Invalid);

        _order.Status.ShouldBe(OrderStatus.Pending);
    }
}
