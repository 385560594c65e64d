using Ardalis.Result;
using Orders.Domain.Common;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;

namespace Orders.UnitTests.Domain.Orders;

public class OrderExpiryTests
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);
    private static readonly DateTimeOffset Expired = OrderBuilder.PlacedAt + Day;

    [Fact]
    public void ExpireUnpaid_WhenPendingUnpaidPastItsExpiry_CancelsAsTheSystemAndAsksForTheIntentToBeCanceled()
    {
        var order = new OrderBuilder().WithPaymentIntent().Build();

        order.ExpireUnpaid(Day, Expired).ShouldSucceed();

        order.Status.ShouldBe(OrderStatus.Canceled);
        order.CanceledAt.ShouldBe(Expired);
        order.CancelReason.ShouldBe("payment not received in time");
        order.History[^1].ShouldBe(new StatusChange(OrderStatus.Pending, OrderStatus.Canceled, Expired, "system", "payment not received in time"));
        order.DomainEvents.OfType<OrderStatusChanged>().ShouldHaveSingleItem().By.ShouldBe("system");
        var cancel = order.DomainEvents.OfType<PaymentIntentCancelRequested>().ShouldHaveSingleItem();
        (cancel.OrderId, cancel.Provider, cancel.IntentId).ShouldBe((order.Id, OrderBuilder.IntentProvider, OrderBuilder.IntentId));
        order.DomainEvents.OfType<RefundRequested>().ShouldBeEmpty();
    }

    [Fact]
    public void ExpireUnpaid_WhenAPaymentFailed_StillExpires()
    {
        var order = new OrderBuilder().WithPaymentIntent().Build();
        order.RecordPaymentFailure("card declined", OrderBuilder.PlacedAt).ShouldSucceed();

        order.ExpireUnpaid(Day, Expired).ShouldSucceed();

        order.Status.ShouldBe(OrderStatus.Canceled);
    }

    [Fact]
    public void ExpireUnpaid_BeforeItsExpiry_ReturnsConflictAndChangesNothing()
    {
        var order = new OrderBuilder().WithPaymentIntent().Build();

        order.ExpireUnpaid(Day, Expired.AddTicks(-1)).ShouldFailWith("order.not_expired", ResultStatus.Conflict);

        order.Status.ShouldBe(OrderStatus.Pending);
        order.ShouldHaveRaisedNothing();
    }

    [Fact]
    public void ExpireUnpaid_WhenPaid_ReturnsConflictAndChangesNothing()
    {
        var order = new OrderBuilder().WithPaymentIntent().Paid().Build();

        order.ExpireUnpaid(Day, Expired).ShouldFailWith("order.not_awaiting_payment", ResultStatus.Conflict);

        order.Status.ShouldBe(OrderStatus.Paid);
        order.ShouldHaveRaisedNothing();
    }

    [Fact]
    public void ExpireUnpaid_WhenAlreadyCanceled_ReturnsConflict()
    {
        var order = new OrderBuilder().WithPaymentIntent().Canceled().Build();

        order.ExpireUnpaid(Day, Expired).ShouldFailWith("order.not_awaiting_payment", ResultStatus.Conflict);
        order.ShouldHaveRaisedNothing();
    }

    [Theory]
    [InlineData(nameof(Order.Cancel))]
    [InlineData(nameof(Order.Reject))]
    public void CancelOrReject_WhenUnpaid_AsksForTheIntentToBeCanceled(string verb)
    {
        var order = new OrderBuilder().WithPaymentIntent().Build();

        var ended = verb == nameof(Order.Cancel)
            ? order.Cancel(OrderBuilder.Owner, null, Expired)
            : order.Reject(OrderBuilder.Admin, "Address cannot be served.", Expired);

        ended.ShouldSucceed();
        order.DomainEvents.OfType<PaymentIntentCancelRequested>().ShouldHaveSingleItem().IntentId.ShouldBe(OrderBuilder.IntentId);
    }

    [Fact]
    public void Cancel_WhenPaid_RefundsAndLeavesTheIntentAlone()
    {
        var order = new OrderBuilder().WithPaymentIntent().Paid().Build();

        order.Cancel(OrderBuilder.Admin, null, Expired).ShouldSucceed();

        order.DomainEvents.OfType<RefundRequested>().ShouldHaveSingleItem();
        order.DomainEvents.OfType<PaymentIntentCancelRequested>().ShouldBeEmpty();
    }

    [Fact]
    public void AwaitsPayment_IsTrueOnlyWhilePendingAndUnpaid()
    {
        new OrderBuilder().Build().AwaitsPayment.ShouldBeTrue();
        new OrderBuilder().Paid().Build().AwaitsPayment.ShouldBeFalse();
        new OrderBuilder().Canceled().Build().AwaitsPayment.ShouldBeFalse();
    }
}
