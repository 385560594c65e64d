using System.Text.Json;
using Orders.Application.Common;
using Orders.Application.Payments;
using Orders.Application.Payments.HandlePaymentEvent;
using Orders.Domain.Orders;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Orders.UnitTests.Fakes;

namespace Orders.UnitTests.Application.Payments;

/// <summary>The manual provider's signed events, read and applied through the shared applier.</summary>
public class HandlePaymentEventHandlerTests
{
    private const string Secret = "whsec_unit_tests";
    private readonly InMemoryOrderRepository _orders = new();
    private readonly FixedTimeProvider _clock = new(OrderBuilder.PlacedAt);
    private readonly HandlePaymentEventHandler _handler;

    public HandlePaymentEventHandlerTests() => _handler = new HandlePaymentEventHandler(
        new PaymentEventApplier(_orders, new InMemoryProcessedPaymentEvents(), new FakeUnitOfWork(), _clock),
        new PaymentOptions { WebhookSecret = Secret }, _clock);

    private Task<Result<PaymentEventOutcome>> Post(string type, decimal amount, string id = "evt_1", string? secret = null)
    {
        var payload = JsonSerializer.Serialize(new
        {
            id, type, created = _clock.Now.ToUnixTimeSeconds(),
            data = new { intentId = OrderBuilder.IntentId, transactionId = "txn_1", amount, currency = "USD", failureReason = "declined" },
        });
        return _handler.HandleAsync(payload, WebhookSignature.Sign(payload, secret ?? Secret, _clock.Now), default);
    }

    private Order Holding(OrderBuilder builder)
    {
        var order = builder.Build();
        _orders.Add(order);
        return order;
    }

    [Fact]
    public async Task HandleAsync_WhenSucceededInMajorUnits_PaysTheOrder()
    {
        var order = Holding(new OrderBuilder().WithPaymentIntent());

        (await Post(PaymentEvent.Succeeded, order.Total / 100m)).Value.Result.ShouldBe("applied");

        order.Status.ShouldBe(OrderStatus.Paid);
        order.TransactionId.ShouldBe("txn_1");
    }

    [Fact]
    public async Task HandleAsync_WhenAmountHasMoreThanTwoDecimals_IsRefused()
    {
        var order = Holding(new OrderBuilder().WithPaymentIntent());

        (await Post(PaymentEvent.Succeeded, order.Total / 100m + 0.001m)).ShouldFailWith(PaymentErrors.AmountMismatchCode, ResultStatus.Error);
        order.Status.ShouldBe(OrderStatus.Pending);
    }

    [Fact]
    public async Task HandleAsync_WhenFailed_RecordsTheReason()
    {
        var order = Holding(new OrderBuilder().WithPaymentIntent());

        (await Post(PaymentEvent.Failed, 0)).Value.Result.ShouldBe("applied");

        order.PaymentFailureReason.ShouldBe("declined");
    }

    [Fact]
    public async Task HandleAsync_WhenRefundSucceededAfterCancel_MarksRefunded()
    {
        var order = new OrderBuilder().WithPaymentIntent().Paid().Build();
        order.Cancel(OrderBuilder.Admin, null, OrderBuilder.PlacedAt);
        _orders.Add(order);

        (await Post(PaymentEvent.RefundSucceeded, order.Total / 100m)).Value.Result.ShouldBe("applied");

        order.PaymentStatus.ShouldBe(PaymentStatus.Refunded);
    }

    [Fact]
    public async Task HandleAsync_WhenSignedWithAnotherSecret_IsInvalid()
    {
        Holding(new OrderBuilder().WithPaymentIntent());

        (await Post(PaymentEvent.Succeeded, 1m, secret: "whsec_other")).Status.ShouldBe(ResultStatus.Invalid);
    }

    [Fact]
    public async Task HandleAsync_WhenTypeIsUnknown_IsInvalidForType()
    {
        Holding(new OrderBuilder().WithPaymentIntent());

        (await Post("payment.teleported", 1m)).ShouldBeInvalidFor("type");
    }
}
