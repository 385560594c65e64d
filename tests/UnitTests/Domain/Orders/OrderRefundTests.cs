using Ardalis.Result;
using Orders.Domain.Orders;
using Orders.Domain.Orders.Events;
using Orders.UnitTests.Assertions;
using Orders.UnitTests.Builders;
using Shouldly;
using Xunit;

namespace Orders.UnitTests.Domain.Orders;

public class OrderRefundTests
{
    private static readonly DateTimeOffset Later = OrderBuilder.PlacedAt.AddDays(1);

    private static RefundDraft Units(string line, int quantity) => new([new(line, quantity)], null, 0, 0, null);

    // Three units of 33.33 and one of 10.00 with 10% off and 21% tax: shares that do not divide evenly.
    private static Order PaidOrder() => new OrderBuilder()
        .WithLine("p1", 3333, 3).WithLine("p2", 1000, 1).WithDiscount(new DiscountBuilder().PercentOff(10).Build()).WithTaxRate(21)
        .WithPaymentIntent().Paid().Build();

    [Fact]
    public void TheLinesPaidTotals_AddUpToWhatWasPaidForGoods()
    {
        var order = PaidOrder();

        order.PaidTotals().Sum().ShouldBe(order.Total - order.ShippingCost);
    }

    [Fact]
    public void RefundingEveryUnitOneByOne_GivesBackExactlyWhatTheLineCost()
    {
        var order = PaidOrder();
        var paid = order.PaidTotals()[0];

        var refunds = Enumerable.Range(0, 3).Select(_ => order.CreateRefund(OrderBuilder.Admin, Units("line-p1", 1), Later).Value).ToList();

        refunds.Sum(r => r.Amount).ShouldBe(paid);
        order.Lines[0].Refunded.ShouldBe(3);
        order.CreateRefund(OrderBuilder.Admin, Units("line-p1", 1), Later).ShouldFailWith("refund.exceeds_refundable", ResultStatus.Conflict);
    }

    [Fact]
    public void Refunds_NeverAddUpToMoreThanWasPaid()
    {
        var order = PaidOrder();
        order.CreateRefund(OrderBuilder.Admin, new RefundDraft(null, null, 0, order.Total - 100, "goodwill"), Later).ShouldSucceed();

        order.CreateRefund(OrderBuilder.Admin, new RefundDraft(null, null, 0, 101, null), Later)
            .ShouldFailWith("refund.exceeds_refundable", ResultStatus.Conflict).Message.ShouldContain("1.00");
        order.CreateRefund(OrderBuilder.Admin, new RefundDraft(null, null, order.ShippingCost + 1, 0, null), Later)
            .ShouldFailWith("refund.exceeds_refundable", ResultStatus.Conflict);
        order.RefundableTotal.ShouldBe(100);
    }

    [Fact]
    public void ARefund_IsPendingUntilConfirmed_ThenThePaymentIsPartiallyRefunded()
    {
        var order = PaidOrder();
        var refund = order.CreateRefund(OrderBuilder.Admin, Units("line-p2", 1), Later).Value;
        order.PaymentStatus.ShouldBe(PaymentStatus.RefundPending);
        order.DomainEvents.OfType<RefundRequested>().ShouldHaveSingleItem().IdempotencyKey.ShouldBe($"refund-{refund.Id}");

        order.ConfirmRefund(refund.Id, "re_1", Later).ShouldSucceed();
        order.ConfirmRefund(refund.Id, "re_1", Later).ShouldSucceed();

        order.PaymentStatus.ShouldBe(PaymentStatus.PartiallyRefunded);
        order.RefundedTotal.ShouldBe(refund.Amount);
        order.DomainEvents.OfType<RefundSettled>().ShouldHaveSingleItem();
    }

    [Fact]
    public void AFailedRefund_GivesItsUnitsBack_AndARetryTakesThemWithANewKey()
    {
        var order = PaidOrder();
        var refund = order.CreateRefund(OrderBuilder.Admin, Units("line-p2", 1), Later).Value;

        order.FailRefund(refund.Id, "card expired", Later).ShouldSucceed();
        order.Lines[1].Refunded.ShouldBe(0);
        order.PaymentStatus.ShouldBe(PaymentStatus.Succeeded);
        order.ClearDomainEvents();

        order.RetryRefund(OrderBuilder.Admin, refund.Id, Later).ShouldSucceed();

        order.Lines[1].Refunded.ShouldBe(1);
        order.DomainEvents.OfType<RefundRequested>().ShouldHaveSingleItem().IdempotencyKey.ShouldBe($"refund-{refund.Id}-r1");
        order.RetryRefund(OrderBuilder.Admin, refund.Id, Later).ShouldFailWith("refund.invalid_transition", ResultStatus.Conflict);
    }

    [Fact]
    public void AnUnpaidOrder_IsNotRefunded() =>
        new OrderBuilder().Build().CreateRefund(OrderBuilder.Admin, Units("line-prod-1", 1), Later)
            .ShouldFailWith("refund.not_paid", ResultStatus.Conflict);

    [Fact]
    public void CancelingAPaidOrder_RefundsEverythingStillRefundable()
    {
        var order = PaidOrder();
        order.CreateRefund(OrderBuilder.Admin, Units("line-p1", 1), Later).ShouldSucceed();

        order.Cancel(OrderBuilder.Admin, "out of stock", Later).ShouldSucceed();

        order.Refunds.Sum(r => r.Amount).ShouldBe(order.Total);
        order.RefundableTotal.ShouldBe(0);
        order.Lines.ShouldAllBe(l => l.Refunded == l.Quantity && l.Canceled == l.Quantity);
        order.PaymentStatus.ShouldBe(PaymentStatus.RefundPending);
    }

    [Fact]
    public void ACreditNote_IsIssuedOncePerRefund_ARetriedSaveRenumbersIt()
    {
        var order = PaidOrder();
        var refund = order.CreateRefund(OrderBuilder.Admin, Units("line-p2", 1), Later).Value;
        order.ClearDomainEvents();

        order.IssueCreditNote(refund.Id, "FR-2026-00000001", Later).ShouldSucceed();
        order.IssueCreditNote(refund.Id, "FR-2026-00000002", Later).ShouldSucceed();

        order.CreditNotes.ShouldHaveSingleItem().ShouldBe(new CreditNote("FR-2026-00000002", refund.Id, refund.Amount, Later));
        refund.CreditNoteNumber.ShouldBe("FR-2026-00000002");
        order.RefundsWithoutCreditNote.ShouldBeEmpty();
        order.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<CreditNoteIssued>();
    }
}
