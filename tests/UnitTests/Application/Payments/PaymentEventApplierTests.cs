using Orders.Application.Payments;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Payments;

/// <summary>Every branch of a provider event, whichever provider sent it.</summary>
public class PaymentEventApplierTests
{
    private readonly InMemoryOrderRepository _orders = new();
    private readonly InMemoryProcessedPaymentEvents _processed = new();
    private readonly FakeUnitOfWork _uow = new();
    private readonly PaymentEventApplier _applier;

    public PaymentEventApplierTests() =>
        _applier = new PaymentEventApplier(_orders, _processed, TestCreditNotes.Numbering(_uow), _uow, new FixedTimeProvider(OrderBuilder.PlacedAt), new FakePaymentProvider());

    private Order Holding(OrderBuilder builder)
    {
        var order = builder.Build();
        _orders.Add(order);
        return order;
    }

    private static ProviderPaymentEvent Event(Order order, PaymentEventKind kind, long? amount = null, string? currency = null, string id = "evt_1") =>
        new(id, "test", kind, OrderBuilder.IntentId, kind == PaymentEventKind.RefundSucceeded ? "re_1" : "ch_1",
            amount ?? order.Total, currency ?? order.Currency.ToLowerInvariant(), "card_declined");

    [Fact]
    public async Task ApplyAsync_WhenSucceededForPendingOrder_MarksItPaidWithTheCharge()
    {
        var order = Holding(new OrderBuilder().WithPaymentIntent());

        var outcome = await _applier.ApplyAsync(Event(order, PaymentEventKind.Succeeded), default);

        outcome.Value.Result.ShouldBe("applied");
        order.Status.ShouldBe(OrderStatus.Paid);
        order.TransactionId.ShouldBe("ch_1");
        _processed.Events.ShouldHaveSingleItem().Id.ShouldBe("evt_1");
    }

    [Fact]
    public async Task ApplyAsync_WhenTheSameEventComesTwice_ChangesNothingTheSecondTime()
    {
        var order = Holding(new OrderBuilder().WithPaymentIntent());
        await _applier.ApplyAsync(Event(order, PaymentEventKind.Succeeded), default);
        var version = order.Version;

        var again = await _applier.ApplyAsync(Event(order, PaymentEventKind.Succeeded), default);

        again.Value.Result.ShouldBe("duplicate");
        order.Version.ShouldBe(version);
    }

    [Fact]
    public async Task ApplyAsync_WhenCurrencyDiffers_RefusesAndLeavesTheOrderUnpaid()
    {
        var order = Holding(new OrderBuilder().WithPaymentIntent());

        var outcome = await _applier.ApplyAsync(Event(order, PaymentEventKind.Succeeded, order.Total, "eur"), default);

        outcome.ShouldFailWith(PaymentErrors.AmountMismatchCode, ResultStatus.Error);
        order.Status.ShouldBe(OrderStatus.Pending);
        _processed.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task ApplyAsync_WhenAPendingOrdersAmountDiffers_AsksForTheEventAgain_SinceAnEditMayBeMovingTheTotal()
    {
        var order = Holding(new OrderBuilder().WithPaymentIntent());

        var outcome = await _applier.ApplyAsync(Event(order, PaymentEventKind.Succeeded, order.Total + 1), default);

        outcome.ShouldFailWith("payment.amount_changing", ResultStatus.Unavailable);
        order.Status.ShouldBe(OrderStatus.Pending);
        _processed.Events.ShouldBeEmpty();
    }

    [Fact]
    public async Task ApplyAsync_WhenFailedForPendingOrder_RecordsTheReasonAndKeepsItPending()
    {
        var order = Holding(new OrderBuilder().WithPaymentIntent());

        var outcome = await _applier.ApplyAsync(Event(order, PaymentEventKind.Failed), default);

        outcome.Value.Result.ShouldBe("applied");
        order.Status.ShouldBe(OrderStatus.Pending);
        order.PaymentStatus.ShouldBe(PaymentStatus.Failed);
        order.PaymentFailureReason.ShouldBe("card_declined");
    }

    [Fact]
    public async Task ApplyAsync_WhenSucceededForCanceledOrder_QueuesARefundAndNeverPays()
    {
        var order = Holding(new OrderBuilder().WithPaymentIntent().Canceled());

        var outcome = await _applier.ApplyAsync(Event(order, PaymentEventKind.Succeeded), default);

        outcome.Value.Result.ShouldBe("refund_queued");
        order.Status.ShouldBe(OrderStatus.Canceled);
        order.PaidAt.ShouldBeNull();
        order.PaymentStatus.ShouldBe(PaymentStatus.RefundPending);
        order.ShouldHaveRaisedOne<RefundRequested>().Amount.ShouldBe(order.Total);
        order.CreditNotes.ShouldHaveSingleItem().Amount.ShouldBe(order.Total);
    }

    [Fact]
    public async Task ApplyAsync_WhenRefundConfirmedForRefundPendingOrder_MarksItRefunded()
    {
        var order = new OrderBuilder().WithPaymentIntent().Paid().Build();
        order.Cancel(OrderBuilder.Admin, null, OrderBuilder.PlacedAt);
        _orders.Add(order);

        var outcome = await _applier.ApplyAsync(Event(order, PaymentEventKind.RefundSucceeded), default);

        outcome.Value.Result.ShouldBe("applied");
        order.PaymentStatus.ShouldBe(PaymentStatus.Refunded);
        order.RefundId.ShouldBe("re_1");
    }

    [Fact]
    public async Task ApplyAsync_WhenRefundConfirmedWithoutPendingRefund_IsIgnored()
    {
        var order = Holding(new OrderBuilder().WithPaymentIntent().Paid());

        var outcome = await _applier.ApplyAsync(Event(order, PaymentEventKind.RefundSucceeded), default);

        outcome.Value.Result.ShouldBe("ignored");
        order.PaymentStatus.ShouldBe(PaymentStatus.Succeeded);
    }

    [Fact]
    public async Task ApplyAsync_WhenNoOrderHoldsTheIntent_IsNotFound()
    {
        var stray = new ProviderPaymentEvent("evt_x", "test", PaymentEventKind.Succeeded, "pi_unknown", null, 100, "usd", null);

        var outcome = await _applier.ApplyAsync(stray, default);

        outcome.ShouldFailWith(PaymentErrors.UnknownIntentCode, ResultStatus.NotFound);
    }
}
